import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Tags starting with pk- are peacekit's custom elements, not Vue components.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pk-') } } })],
});
