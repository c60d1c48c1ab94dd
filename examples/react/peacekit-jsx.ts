/** JSX types for peacekit's elements in React 19: the kit's own (`peacekit/react/jsx` in an app). */
import type {} from '../../src/react/jsx.js';
