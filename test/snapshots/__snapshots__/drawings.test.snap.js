/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["map-unamsil-2003"] = 
`<svg aria-hidden="true" class="map" height="720" viewBox="0 0 800 720" width="800">
  <rect class="water" fill="none" height="720" width="800">
  <g class="base" transform="translate(0,0) scale(1)">
    <path class="country neighbour stroked" d=[670 chars #2a4e85e4]>
    <path class="country neighbour stroked" d=[1986 chars #6fafdceb]>
    <path class="country detail host" d=[7670 chars #d819a617]>
    <path class="country detail neighbour" d=[20841 chars #1f8fbf6e]>
    <path class="country detail neighbour" d=[8079 chars #a5e0b9a7]>
    <path class="country detail neighbour" d=[18922 chars #b4164c26]>
    <path class="admin1" d=[37874 chars #2fc1c23d]>
    <path class="host-outline" d=[7670 chars #d819a617]>
    <path class="outline" d=[34613 chars #a8c005e5]>
  <g class="places">
    <g class="capital">
      <circle cx="3.4" cy="129.3" r="4">
      <circle class="core" cx="3.4" cy="129.3" r="1.6">
    <circle class="town" cx="411.1" cy="463.8" r="2.5">
    <circle class="town" cx="174.3" cy="18.4" r="2.5">
    <circle class="town" cx="572.2" cy="319.3" r="2.5">
    <circle class="town" cx="346.8" cy="268" r="2.5">
    <circle class="town" cx="748.4" cy="335.8" r="2.5">
    <text class="place country" text-anchor="middle" x="400" y="340.4"> Sierra Leone
    <text class="place country" text-anchor="middle" x="678.5" y="585"> Liberia
    <text class="place capital" text-anchor="start" x="9.4" y="133.5"> Conakry
    <text class="place town" text-anchor="start" x="180.3" y="22.6"> Kindia
    <text class="place town" text-anchor="start" x="578.2" y="323.5"> Koidu
    <text class="place town" text-anchor="end" x="742.4" y="340"> Gueckedou
    <text class="place admin1" text-anchor="middle" x="355.1" y="504.3"> Southern
    <text class="place admin1" text-anchor="middle" x="358.3" y="218.7"> Northern
    <text class="place admin1" text-anchor="middle" x="560.6" y="649.4"> Grand Cape Mount
    <text class="place admin1" text-anchor="middle" x="76.8" y="86"> Coyah
    <text class="place admin1" text-anchor="middle" x="37.2" y="22.3"> Dubréka
    <text class="place admin1" text-anchor="middle" x="619.4" y="31.1"> Faranah
    <text class="place admin1" text-anchor="middle" x="131.4" y="159.3"> Forécariah
    <text class="place admin1" text-anchor="middle" x="716.7" y="309.3"> Guéckédou
  <g class="leaders">
    <line x1="88.5" x2="123.6" y1="366.7" y2="344.9">
    <circle cx="88.5" cy="366.7" r="1.5">
  <g class="marks">
    <g class="mark cluster" data-key="ckoidu-sefadu-2" style="transform: translate(562.6px, 323.4px)">
      <circle class="cluster-dot" r="11">
      <text class="cluster-count"> 2
    <g class="mark cluster" data-key="chastings-3" style="transform: translate(114.5px, 382.7px)">
      <circle class="cluster-dot" r="12.2">
      <text class="cluster-count"> 3
    <g class="mark cluster" data-key="cgoderich-2" style="transform: translate(123.6px, 344.9px)">
      <circle class="cluster-dot" r="11">
      <text class="cluster-count"> 2
    <g class="mark cluster" data-key="cmoyamba-2" style="transform: translate(257.8px, 419.9px)">
      <circle class="cluster-dot" r="11">
      <text class="cluster-count"> 2
    <g class="mark cluster" data-key="ctongo-2" style="transform: translate(545.1px, 413.7px)">
      <circle class="cluster-dot" r="11">
      <text class="cluster-count"> 2
    <g class="mark site mission-hq" data-key="freetown" style="transform: translate(96.7px, 352.1px) scale(1.5)">
      <path class="symbol" d="M0,-16.7L3.8,-5.2L15.9,-5.2L6.1,2L9.8,13.5L0,6.4L-9.8,13.5L-6.1,2L-15.9,-5.2L-3.8,-5.2Z">
    <g class="mark site base" data-key="lungi" style="transform: translate(99px, 319px) scale(1.5)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site sector-hq" data-key="port-loko" style="transform: translate(191.4px, 293.3px) scale(1.5)">
      <path class="symbol" d="M-8.9,-8.9h17.7v17.7h-17.7Z">
    <g class="mark site base" data-key="kailahun" style="transform: translate(657.1px, 396px) scale(1.4)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site sector-hq" data-key="magburaka" style="transform: translate(366.5px, 303.9px) scale(1.4)">
      <path class="symbol" d="M-8.9,-8.9h17.7v17.7h-17.7Z">
    <g class="mark site sector-hq" data-key="kenema" style="transform: translate(526.7px, 482.3px) scale(1.3)">
      <path class="symbol" d="M-8.9,-8.9h17.7v17.7h-17.7Z">
    <g class="mark site base" data-key="bo" style="transform: translate(411px, 463.6px) scale(1.2)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="masiaka" style="transform: translate(197.1px, 352.2px) scale(1.2)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="makeni" style="transform: translate(345.5px, 268.5px) scale(1)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="buedu" style="transform: translate(698px, 396.6px) scale(0.8)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="kabala" style="transform: translate(450.5px, 119.5px) scale(0.7)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="bonthe" style="transform: translate(249.9px, 556.5px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="daru" style="transform: translate(599.6px, 457.8px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="gbangbatok" style="transform: translate(275.3px, 497.1px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="kambia" style="transform: translate(163.1px, 217.1px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="lunsar" style="transform: translate(244px, 311px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="magbuntoso" style="transform: translate(177.4px, 360.6px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="makite" style="transform: translate(213.9px, 360.1px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="mano" style="transform: translate(544px, 450.3px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="masingbi" style="transform: translate(468.1px, 321.7px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="pendembu" style="transform: translate(629.1px, 434.9px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="rogberi" style="transform: translate(213.7px, 305.6px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="rokel-bridge" style="transform: translate(205.1px, 329.6px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="rotifunk" style="transform: translate(212.5px, 406.6px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="sumbuya" style="transform: translate(364.2px, 531.1px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="yele" style="transform: translate(391px, 367.7px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="zimmi" style="transform: translate(501.8px, 601.3px) scale(0.6)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="mile-91" style="transform: translate(290.8px, 335.1px) scale(0.5)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="kamakwie" style="transform: translate(307px, 137.3px) scale(0.3)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark site base" data-key="pujehun" style="transform: translate(414.7px, 592.2px) scale(0.3)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <g class="labels">
    <text class="label mission-hq" text-anchor="end" x="78.9" y="356.3"> Freetown
    <text class="label sector-hq" text-anchor="end" x="173.9" y="297.5"> Port Loko
    <text class="label sector-hq" text-anchor="start" x="383.3" y="308.1"> Magburaka
    <text class="label sector-hq" text-anchor="start" x="542.9" y="486.5"> Kenema
<svg aria-label="Site types, Mission HQ, Sector HQ, Base" class="legend" height="70" part="legend" role="img" text-anchor="start" width="720">
  <text class="legend-title" x="0" y="13"> Site types
  <g class="mark site mission-hq" transform="translate(8,29) scale(0.7)">
    <path class="symbol" d="M0,-16.7L3.8,-5.2L15.9,-5.2L6.1,2L9.8,13.5L0,6.4L-9.8,13.5L-6.1,2L-15.9,-5.2L-3.8,-5.2Z">
  <text x="21" y="33"> Mission HQ
  <g class="mark site sector-hq" transform="translate(113,29) scale(0.7)">
    <path class="symbol" d="M-8.9,-8.9h17.7v17.7h-17.7Z">
  <text x="126" y="33"> Sector HQ
  <g class="mark site base" transform="translate(210.8,29) scale(0.7)">
    <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <text x="223.8" y="33"> Base
  <text class="legend-title" x="277" y="13"> Personnel
  <circle class="size" cx="299.5" cy="44.5" r="21.5">
  <line class="leader" x1="299.5" x2="328" y1="23" y2="23">
  <text x="330" y="27"> 2,000
  <circle class="size" cx="299.5" cy="55.2" r="10.7">
  <line class="leader" x1="299.5" x2="328" y1="44.5" y2="44.5">
  <text x="330" y="48.5"> 500
  <circle class="size" cx="299.5" cy="61.1" r="4.8">
  <line class="leader" x1="299.5" x2="328" y1="56.3" y2="58.5">
  <text x="330" y="62.5"> 100`;
/* end snapshot map-unamsil-2003 */

snapshots["map-world"] = 
`<svg aria-hidden="true" class="map" height="416" viewBox="0 0 800 416" width="800">
  <rect class="water" fill="none" height="416" width="800">
  <g class="base" transform="translate(0,0) scale(1)">
    <path class="country other" d=[379 chars #af4be2e3]>
    <path class="country other" d=[679 chars #12940ff1]>
    <path class="country other" d=[480 chars #197267b1]>
    <path class="country other" d=[1238 chars #44222d47]>
    <path class="country other" d=[904 chars #7e5caac1]>
    <path class="country other" d="M404.5,114.8L404.4,114.8L404.4,114.8Z">
    <path class="country other" d=[972 chars #49342dcc]>
    <path class="country other" d=[1001 chars #720b63b4]>
    <path class="country other" d=[415 chars #7f3deea3]>
    <path class="country other" d="M708,207.6L707.8,207.7L707.7,207.7L707.5,207.3L707.6,207.2L707.9,207.3L708,207.4Z">
    <path class="country other" d="M734.4,206.7L734.7,206.9L735,206.8L734.8,206.9L734.4,206.8Z">
    <path class="country other" d="M678.1,184.5L678,184.5L678,184.3L678.2,184.2Z">
    <path class="country other" d="M247.8,177.2L247.9,177.3L248.2,177.3L247.9,177.5L247.5,177.5L247.6,177.3Z">
    <path class="country other" d="M677.1,189.7L677.1,189.7L676.9,189.6L676.9,189.2L677.1,188.9L677.2,188.7L677.4,188.8L677.1,189.3Z">
    <path class="country other" d="M767.9,266.8L767.8,266.8L767.8,266.7L768.1,266.5L768.3,266.6L768.2,266.6Z">
    <path class="country other" d=[303 chars #295780b5]>
    <path class="country other" d=[3637 chars #7b5253dc]>
    <path class="country other" d="M321.8,365.9L323.2,366.2L324.4,367.3L324,367.5L323.1,366.8L321.2,366Z">
    <path class="country other" d="M529.7,247.4L529.5,247.6L529.5,247.3L529.4,247.1L529.6,247.2L529.6,247.5L529.6,247.1L529.7,247.1Z">
    <path class="country other" d="M367.9,271.3L367.7,271.4L367.8,271.2L367.9,271.1L368,271.1Z">
    <path class="country other" d="M124.3,294.1L124.1,294L124.2,293.9Z">
    <path class="country other" d="M251.6,176L251.2,176.2L251.2,176.1L251.5,175.9L251.6,175.9Z">
    <path class="country other" d="M282.9,360L284.5,360.2L285,360.9L283.1,361.5ZM280.6,360.4L282.4,360.3L281.8,361.4L280.7,361.9L280.1,361.6L281,361Z">
    <path class="country other" d="M214.8,173L214.8,173L215,172.9L215.3,173L215.3,173.1L215.1,173.1L214.9,173.2L214.7,173.2L214.7,172.9Z">
    <path class="country other" d="M256,138.7L255.8,138.7L255.7,138.7L255.9,138.6L256.1,138.4L256.1,138.4Z">
    <path class="country other" d="M248.4,175.6L248.2,175.5L248.3,175.4L248.5,175.4Z">
    <path class="country other" d="M235.7,166.4L235.6,166.4L235.4,166.4L235.3,166.2L235.5,166.2L235.7,166.2Z">
    <path class="country other" d="M252.7,180.1L252.7,180.3L252.6,180.2L252.6,180.1L252.7,179.9Z">
    <path class="country other" d="M379.2,98L379.2,98.1L378.8,98.1L378.9,97.9L379.1,97.9Z">
    <path class="country other" d="M378.4,97.4L378.3,97.5L378.2,97.5L378.4,97.4Z">
    <path class="country other" d="M376.1,87.4L375.7,87.6L375.6,87.6L375.5,87.6L375.5,87.5L375.6,87.3L375.8,87.2L376,87L376.1,86.9L376.2,86.9L376.3,87.2Z">
    <path class="country other" d=[1061 chars #db5c68a4]>
    <path class="country other" d=[452 chars #acb04dc5]>
    <path class="country other" d=[1283 chars #2c18b45d]>
    <path class="country other" d=[451 chars #46f4d3a6]>
    <path class="country other" d=[765 chars #5bf2bc4a]>
    <path class="country other" d=[1126 chars #d60cb476]>
    <path class="country other" d=[568 chars #7ee060aa]>
    <path class="country other" d=[267 chars #8b2a906e]>
    <path class="country other" d="M752.5,285.4L752.7,285.3L752.6,285.4L752.4,285.7L752.3,285.6L752.1,285.4L752.1,285.3L752.3,285.2L752.3,285.3L752.5,285.4Z">
    <path class="country other" d=[495 chars #4cb7dc70]>
    <path class="country other" d=[472 chars #a46d23b0]>
    <path class="country other" d=[1208 chars #0c6b46dc]>
    <path class="country other" d=[809 chars #41dc0177]>
    <path class="country other" d=[921 chars #12a51a5b]>
    <path class="country other" d=[347 chars #34094a32]>
    <path class="country other tinted" d=[695 chars #899a2d8d]>
    <path class="country other" d=[785 chars #fc88fe15]>
    <path class="country other" d="M414.5,80.1L413.2,81.9L413.1,80.6ZM410.6,83.1L410.4,82.5L411.5,81.1ZM402.2,77.8L403,70L406.7,65.3L415.2,60.8L420.9,65.8L412.1,70.8L409.8,83.2L404.7,84.9Z">
    <path class="country other" d=[285 chars #4ba8b835]>
    <path class="country other" d=[457 chars #647cd3b3]>
    <path class="country other tinted" d=[633 chars #1378fa80]>
    <path class="country other tinted" d=[703 chars #4473724e]>
    <path class="country other" d=[385 chars #4a9612ec]>
    <path class="country other" d=[1131 chars #c5c5597d]>
    <path class="country other" d=[751 chars #94b36933]>
    <path class="country other" d=[1110 chars #5993e33f]>
    <path class="country other" d=[463 chars #364b5a64]>
    <path class="country other" d=[1648 chars #677772f4]>
    <path class="country other" d=[526 chars #a21e6664]>
    <path class="country other" d=[631 chars #86a08c8e]>
    <path class="country other" d="M595.7,223L595.4,223.2L595.1,223L595.2,222.8L595.4,222.7L595.7,222.8Z">
    <path class="country other" d=[554 chars #df4e4f5c]>
    <path class="country other" d="M494.7,239.9L494.7,240.2L494.6,240.1L494.6,239.9L494.4,239.7L494.6,239.5Z">
    <path class="country other" d=[941 chars #ba9521eb]>
    <path class="country other" d=[759 chars #e4682037]>
    <path class="country other" d=[746 chars #0e3fe13f]>
    <path class="country other" d="M393,226.4L392.8,226.6L392.7,226.4L392.6,226.1L392.8,225.8L393,225.6L393.1,225.6L393.2,225.8L393.2,226.1Z">
    <path class="country other" d="M404.5,110.1L404.4,110.1L404.3,110L404.4,109.9L404.5,109.9Z">
    <path class="country other" d=[270 chars #8275e754]>
    <path class="country other" d="M253.6,190L253.5,190L253.4,189.8L253.4,189.6L253.6,189.4L253.7,189.4L253.7,189.6L253.7,189.9Z">
    <path class="country other" d="M254.4,188.1L254.2,188.4L254,188.2L254,187.9L254.3,187.5L254.4,187.4L254.4,187.6Z">
    <path class="country other" d="M251.9,178.7L251.9,178.8L251.8,178.6L251.6,178.4L251.7,178.3L251.8,178.4Z">
    <path class="country other" d=[439 chars #77be6381]>
    <path class="country other" d=[5676 chars #2ffe8a43]>
    <path class="country other" d=[817 chars #4af4bcf7]>
    <path class="country other" d=[293 chars #c544d55c]>
    <path class="country other" d=[837 chars #0ca84f1e]>
    <path class="country other" d=[750 chars #09c6b4bc]>
    <path class="country other" d=[2461 chars #c626b27d]>
    <path class="country other" d=[881 chars #86278ac9]>
    <path class="country other" d=[437 chars #2d376343]>
    <path class="country other" d=[1301 chars #bf474bad]>
    <path class="country other" d=[989 chars #64c81aab]>
    <path class="country other" d="M658.6,206.1L658.4,206.1L658.4,205.9L658.3,205.6L658.4,205.4L658.5,205.4L658.6,205.1L658.6,205.3L658.6,205.7Z">
    <path class="country other tinted" d=[791 chars #256716e5]>
    <path class="country other" d=[567 chars #73fb87ab]>
    <path class="country other" d=[819 chars #8ca93920]>
    <path class="country other" d=[729 chars #3e60adea]>
    <path class="country other" d=[653 chars #39e84c3b]>
    <path class="country other" d=[521 chars #49c2a916]>
    <path class="country other" d=[561 chars #b4052bbf]>
    <path class="country other" d=[951 chars #10b6d5dd]>
    <path class="country other" d="M35.2,279.8L35.1,279.9L34.9,279.8L35,279.5L35.1,279.5L35.2,279.7Z">
    <path class="country other" d="M57.9,285.7L57.7,285.6L57.7,285.5L57.9,285.6Z">
    <path class="country other" d=[735 chars #e19c6cfb]>
    <path class="country other" d="M235.4,191.9L235.3,192L235.1,191.7L235.2,191.5L235.3,191.6Z">
    <path class="country other" d="M237.7,193L237.5,193.1L237.2,192.8L236.9,192.4L236.9,192.1L237.1,192.2L237.2,192.5L237.5,192.8Z">
    <path class="country other" d=[623 chars #5dc484f8]>
    <path class="country other" d="M727,228.2L726.9,228.3L726.9,228.2Z">
    <path class="country other" d=[393 chars #677e718c]>
    <path class="country other" d=[983 chars #4ebd06ec]>
    <path class="country other" d=[515 chars #63f0480b]>
    <path class="country other disputed" d=[295 chars #3fa850d3]>
    <path class="country other" d=[533 chars #36994792]>
    <path class="country other" d=[762 chars #ac48017d]>
    <path class="country other" d=[609 chars #7bbe59df]>
    <path class="country other" d="M395.4,110.5L395.3,110.5L395.4,110.5Z">
    <path class="country other" d=[1343 chars #1cf48c28]>
    <path class="country other" d=[201 chars #6c77c6f3]>
    <path class="country other" d=[459 chars #fe79c814]>
    <path class="country other" d="M408.7,129.6L408.6,129.7L408.4,129.7L408.2,129.6L408.2,129.3L408.4,129.4Z">
    <path class="country other" d=[875 chars #4a80bfab]>
    <path class="country other" d="M532.1,215.1L532.1,215L532.2,214.8Z">
    <path class="country other" d=[1242 chars #ca31851f]>
    <path class="country other" d=[673 chars #bb1e42b9]>
    <path class="country other" d=[529 chars #1f208c0a]>
    <path class="country other" d=[495 chars #d0a363c7]>
    <path class="country other" d=[255 chars #6bdc848b]>
    <path class="country other" d=[258 chars #f4acec1b]>
    <path class="country other" d="M399.3,102.8L399.1,102.8L399.1,102.6L399.2,102.3L399.2,102.6L399.3,102.7Z">
    <path class="country other" d=[547 chars #5f274742]>
    <path class="country other" d=[455 chars #c27ef80b]>
    <path class="country other" d=[299 chars #9927c21f]>
    <path class="country other tinted" d=[453 chars #311cead9]>
    <path class="country other" d="M427.2,84.4L424.2,82.9L419.6,82.9L418,83.5L418.9,80.6L422.1,81.8L423,80L424.2,79.6L427.9,80.7L429.6,83.4Z">
    <path class="country other" d=[879 chars #b82c9c13]>
    <path class="country other" d=[894 chars #8832f6f7]>
    <path class="country other" d=[346 chars #4cb56b8f]>
    <path class="country other disputed" d=[497 chars #e5c21e6b]>
    <path class="country other" d="M51.4,221.5L51.8,221.9L51.6,221.9L51.3,221.7L51,221.4L51,221.3L51.1,221.4L51.3,221.5L51.4,221.3L51.1,221L51.2,221L51.5,221.2Z">
    <path class="country other" d=[417 chars #469d984c]>
    <path class="country other" d=[1509 chars #bf833dc8]>
    <path class="country other tinted" d=[441 chars #697039f2]>
    <path class="country other" d=[1829 chars #5fdb8751]>
    <path class="country other" d=[397 chars #704eeb46]>
    <path class="country other" d=[1609 chars #f97bf485]>
    <path class="country other tinted" d=[667 chars #70c45af6]>
    <path class="country other disputed" d=[315 chars #7a69dc45]>
    <path class="country other" d=[762 chars #e9e0cbb8]>
    <path class="country other" d=[535 chars #6ef51225]>
    <path class="country other" d=[1056 chars #64db7712]>
    <path class="country other" d=[4798 chars #f446436d]>
    <path class="country other tinted" d=[2562 chars #92d6059c]>
    <path class="country other" d="M362.4,65.1L365,66.3L363.3,68L356.6,69.8L352.9,68.9L349.7,66.5L350.3,65.4Z">
    <path class="country other" d=[628 chars #b9d83d9a]>
    <path class="country other" d=[711 chars #1c572717]>
    <path class="country other" d=[682 chars #d126ffa8]>
    <path class="country other" d=[689 chars #0bc23936]>
    <path class="country other" d=[597 chars #ab03f432]>
    <path class="country other" d=[1001 chars #3d187f3d]>
    <path class="country other" d=[427 chars #850a6862]>
    <path class="country other" d="M252.1,193.2L252,193.2L252.2,192.7L252.3,192.5L252.4,192.6L252.3,193Z">
    <path class="country other" d=[1954 chars #f29ee841]>
    <path class="country other" d=[605 chars #65a4ba87]>
    <path class="country other" d=[1279 chars #08e42e9d]>
    <path class="country other" d=[691 chars #2c2ac507]>
    <path class="country other" d=[575 chars #bdf34dfc]>
    <path class="country other" d=[681 chars #ca5da45e]>
    <path class="country other" d=[1523 chars #3614d0e7]>
    <path class="country other" d="M283.3,103.3L283.1,103.4L283,103.4L283.2,103.1L283.3,102.8L283.3,102.7L283.4,102.8L283.4,102.9L283.3,103.1L283.3,103.3Z">
    <path class="country other" d="M752.9,266.7L752.7,266.7L752.7,266.5L752.8,266.5Z">
    <path class="country other" d="M251.5,176.5L251.3,176.5L251.4,176.3Z">
    <path class="country other" d="M251.8,177L251.7,176.9L251.9,176.9Z">
    <path class="country other" d="M75.6,276L75.9,276.1L76,276.3L76,276.4L75.8,276.4L75.6,276.1L75.3,276.1L75.1,276.1L74.9,275.8L74.9,275.5L75,275.4L75.3,275.5L75.5,275.7Z">
    <path class="country other" d=[745 chars #9f44e718]>
    <path class="country other" d="M502.5,355.2L503.2,354.9L503.2,355.6L504.5,355.1L504.1,355.9L503.2,356.1L503.6,356.5L502,356.2L501.3,356.4L501.8,355.1L502.6,354.2Z">
    <path class="country other" d="M415.6,75.3L415.7,75.8L415.1,75.5Z">
    <path class="country other" d="M420.9,65.8L415.2,60.8L427.1,60.8L430.2,69.2L432.8,70.7L427.8,75L420.4,76.3L417,71.2Z">
    <path class="country other" d=[313 chars #bb107bd9]>
    <path class="country other" d=[759 chars #7ccdffb5]>
    <path class="country other" d="M427.9,80.7L424.2,79.6L423,80L421.4,77.5L424.4,76.6L428.4,76.9ZM420.1,78.5L421.2,78.8L419.5,79.4ZM420.5,78.2L419.1,77.9L419.9,77.7Z">
    <path class="country other" d=[666 chars #836e2a89]>
    <path class="country other" d=[318 chars #2fe3b195]>
    <path class="country other" d=[437 chars #69e25ee1]>
    <path class="country other tinted" d=[299 chars #b72f8fff]>
    <path class="country other" d=[783 chars #506010f5]>
    <path class="country other" d=[563 chars #be661329]>
    <path class="country other" d="M254,184.2L253.8,184.3L253.8,183.8L253.7,183.4L253.7,183.2L254,183.3L254.1,183.4L254.1,183.9Z">
    <path class="country other" d=[393 chars #85de2d7e]>
    <path class="country other" d=[748 chars #3115990e]>
    <path class="country other" d="M374.5,71.9L374.3,72.3L373.7,71.8Z">
    <path class="country other" d=[363 chars #0a8901c4]>
    <path class="country other" d=[609 chars #24f6b169]>
    <path class="country other tinted" d=[439 chars #ba398212]>
    <path class="country other" d=[920 chars #97f74753]>
    <path class="country other" d=[1327 chars #9a1777c5]>
    <path class="country other" d=[675 chars #5530373d]>
    <path class="country other" d=[633 chars #cfb21c76]>
    <path class="country other tinted" d=[1247 chars #cad2bc6b]>
    <path class="country other" d=[791 chars #1cdfcbcf]>
    <path class="country other" d="M469,260L469,260L468.7,259.9L468.5,259.6L468.6,258.7L468.7,258.5L468.9,258.6L468.9,259.2L469.1,259.9Z">
    <path class="country other" d=[869 chars #3c6e84af]>
    <path class="country other" d=[3626 chars #19ec4bff]>
    <path class="country other" d="M607.9,165.3L608,165.1L608,165.2Z">
    <path class="country other" d="M608.8,164.4L608.9,164.3L609.2,164.3L609.3,164.6L609.5,164.7L609.4,164.8L609.4,165L608.9,164.8L608.7,164.8L608.6,164.6L608.8,164.5Z">
    <path class="country other" d=[1691 chars #c5954340]>
    <path class="country other" d=[503 chars #b1ed1fae]>
    <path class="country other tinted" d=[615 chars #42b55531]>
    <path class="country other" d=[293 chars #facee0d9]>
    <path class="country other" d=[5362 chars #58aa5879]>
    <path class="country other" d=[655 chars #e6bf3ca3]>
    <path class="country other" d=[645 chars #778e2b91]>
    <path class="country other" d=[1014 chars #8c70c646]>
    <path class="country other" d=[405 chars #41cfea74]>
    <path class="country other" d=[657 chars #74768014]>
    <path class="country other" d=[569 chars #1dd3bee7]>
    <path class="country other" d=[346 chars #01116d52]>
    <path class="country other" d=[2545 chars #0b6d1422]>
    <path class="country other" d=[405 chars #6fd3c0d9]>
    <path class="country other" d=[681 chars #85af14a1]>
    <path class="country other" d=[553 chars #be803b18]>
    <path class="country other" d=[439 chars #b330403a]>
    <path class="country other" d=[505 chars #997a69ea]>
    <path class="country other" d=[301 chars #9f8da0b4]>
    <path class="country other" d=[630 chars #9ad1f4f7]>
    <path class="country other" d=[548 chars #78ed186e]>
    <path class="country other" d="M257,190.2L257,190.2L256.8,190.1L256.7,190L256.8,189.6L256.9,189.5L257.1,189.9L257.2,190Z">
    <path class="country other" d=[1042 chars #8bea325b]>
    <path class="country other" d="M480.5,155.4L480.5,155.6L480.4,155.5L480.2,155.2L480.2,154.9L480.1,154.6L480.1,154.5L480.4,154.5L480.3,154.6L480.4,154.8L480.5,155.1Z">
    <path class="country other" d=[1796 chars #0cd0f841]>
    <path class="country other" d=[1061 chars #69af4537]>
    <path class="country other" d=[860 chars #d17441c2]>
    <path class="country other" d=[2079 chars #659f7cd8]>
    <path class="country other" d="M506.6,363.9L506.2,364L506,363.6Z">
    <path class="country other" d="M709.1,306.3L709.2,306.4L709,306.5Z">
    <path class="country other" d=[658 chars #493c351f]>
    <path class="country other" d=[1246 chars #f6acdcc9]>
    <path class="country other" d="M253.7,179.3L253.6,179.4L253.4,179.4L253.4,179.1L253.6,178.9L253.8,179.1Z">
    <path class="country other" d=[478 chars #eca4835f]>
    <path class="country other" d="M384.9,113.4L384.7,113.5L384.5,113.6L384.4,113.5L384.4,113.2L384.6,113.1L384.9,113.2L385,113.3Z">
    <path class="country other" d=[719 chars #760c41f4]>
    <path class="country other" d=[617 chars #2f231e8f]>
    <path class="country other" d=[805 chars #47bb9420]>
    <path class="country other" d=[3625 chars #224d29c7]>
    <path class="country other" d="M251.3,176.5L251.5,176.5L251.4,176.6Z">
    <path class="outline" d=[43153 chars #1a2fdb3c]>
  <g class="leaders">
    <line x1="438.2" x2="467.8" y1="199.9" y2="190.2">
    <circle cx="438.2" cy="199.9" r="1.5">
    <line x1="449.7" x2="443.9" y1="136.2" y2="152.7">
    <circle cx="449.7" cy="136.2" r="1.5">
    <line x1="444.2" x2="452.4" y1="131.4" y2="121.1">
    <circle cx="444.2" cy="131.4" r="1.5">
    <line x1="448.7" x2="459.4" y1="140" y2="125.4">
    <circle cx="448.7" cy="140" r="1.5">
  <g class="marks">
    <g class="mark mission type-multidimensional" data-key="monusco" style="transform: translate(411.1px, 238.9px) scale(1.4)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-multidimensional" data-key="minusca" style="transform: translate(417.8px, 214.4px) scale(1.4)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-multidimensional" data-key="unmiss" style="transform: translate(444.9px, 213.1px) scale(1.3)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-traditional" data-key="unifil" style="transform: translate(448.2px, 136.6px) scale(1.1)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-traditional" data-key="unisfa" style="transform: translate(467.8px, 190.2px) scale(0.8)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-traditional" data-key="minurso" style="transform: translate(354.3px, 152.1px) scale(0.5)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-multidimensional unknown" data-key="unmik" style="transform: translate(420.3px, 113px) scale(0.4)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-traditional dated" data-key="undof" style="transform: translate(443.9px, 152.7px) scale(0.4)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-traditional dated" data-key="unficyp" style="transform: translate(452.4px, 121.1px) scale(0.3)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-observer dated" data-key="unmogip" style="transform: translate(520.8px, 135px) scale(0.3)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-observer dated" data-key="untso" style="transform: translate(459.4px, 125.4px) scale(0.3)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <g class="labels">
    <text class="label multidimensional" text-anchor="start" x="428.3" y="243.1"> MONUSCO
    <text class="label multidimensional" text-anchor="end" x="400.8" y="218.6"> MINUSCA
    <text class="label multidimensional" text-anchor="start" x="460.8" y="217.3"> UNMISS
    <text class="label traditional" text-anchor="start" x="462" y="140.8"> UNIFIL
    <text class="label traditional" text-anchor="start" x="478.6" y="194.4"> UNISFA
    <text class="label traditional" text-anchor="start" x="362" y="156.3"> MINURSO
    <text class="label multidimensional" text-anchor="end" x="413.3" y="117.2"> UNMIK
    <text class="label traditional" text-anchor="middle" x="443.9" y="171.5"> UNDOF
    <text class="label traditional" text-anchor="middle" x="452.4" y="111.9"> UNFICYP
    <text class="label observer" text-anchor="start" x="526.8" y="139.2"> UNMOGIP
<svg aria-label="Mission types, Multidimensional, Traditional, Observer, Strength figure over a year older than the map’s date" class="legend" height="65" part="legend" role="img" text-anchor="start" width="720">
  <text class="legend-title" x="0" y="13"> Mission types
  <g class="mark mission type-multidimensional" transform="translate(8,29) scale(0.7)">
    <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <text x="21" y="33"> Multidimensional
  <g class="mark mission type-traditional" transform="translate(156.2,29) scale(0.7)">
    <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <text x="169.2" y="33"> Traditional
  <g class="mark mission type-observer" transform="translate(268.4,29) scale(0.7)">
    <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <text x="281.4" y="33"> Observer
  <g class="mark mission type-dated dated" transform="translate(8,49) scale(0.7)">
    <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <text x="21" y="53"> Strength figure over a year older than the map’s date
  <text class="legend-title" x="427" y="13"> Strength
  <circle class="size" cx="442.9" cy="42.1" r="14.9">
  <line class="leader" x1="442.9" x2="464.8" y1="27.2" y2="27.2">
  <text x="466.8" y="31.2"> 20,000
  <circle class="size" cx="442.9" cy="49.5" r="7.5">
  <line class="leader" x1="442.9" x2="464.8" y1="42.1" y2="42.1">
  <text x="466.8" y="46.1"> 5,000
  <circle class="size" cx="442.9" cy="53.7" r="3.3">
  <line class="leader" x1="442.9" x2="464.8" y1="50.3" y2="56.1">
  <text x="466.8" y="60.1"> 1,000`;
/* end snapshot map-world */

snapshots["timeline-sierra-leone"] = 
`<svg aria-hidden="true" height="12" width="22">
  <g class="mark k-mission">
    <rect height="10" rx="2" width="20" x="1" y="1">
<svg aria-hidden="true" height="12" width="22">
  <g class="mark k-presence">
    <rect height="10" rx="2" width="20" x="1" y="1">
<svg aria-hidden="true" height="12" width="22">
  <rect class="after-span" height="12" width="22">
  <line class="departure-line" x1="1" x2="1" y2="12">
<svg aria-hidden="true" height="12" width="30">
  <g class="mark g-peacebuilding">
    <rect height="10" rx="2" width="20" x="1" y="1">
    <path class="arrow" d="M23,2l5,4l-5,4">
<svg aria-hidden="true" height="12" width="22">
  <rect class="strength-ceiling" height="9" width="20" x="1" y="3">
  <path class="strength-ceiling-line" d="M1,3H21">
<svg aria-hidden="true" height="12" width="22">
  <g class="mark g-funding r-assured">
    <rect height="10" rx="2" width="20" x="1" y="1">
<svg aria-hidden="true" height="12" width="22">
  <g class="mark g-funding r-committed">
    <rect height="10" rx="2" width="20" x="1" y="1">
<svg aria-hidden="true" height="12" width="22">
  <g class="mark g-funding r-pledged">
    <rect height="10" rx="2" width="20" x="1" y="1">
<svg aria-hidden="true" height="12" width="22">
  <g class="mark g-funding r-projected">
    <rect height="10" rx="2" width="20" x="1" y="1">
<svg aria-hidden="true" height="12" width="22">
  <g class="mark g-funding req">
    <rect class="need" height="10" width="20" x="1" y="1">
    <rect class="got" height="6" width="20" x="1" y="5">
<svg aria-label="Peacebuilding timeline of UNAMSIL: before, during and after the mission" class="plot" height="596" role="group" width="756" x="144">
  <defs>
    <pattern class="hatch" height="6" id="pk-tl-hatch" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <line x1="0" x2="0" y1="0" y2="6">
    <linearGradient id="pk-tl-fade-gradient">
      <stop offset="0" stop-color="white">
      <stop offset="1" stop-color="white" stop-opacity="0.1">
    <pattern class="estimate-hatch" height="5" id="pk-tl-estimate-hatch" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="5">
      <line x1="0" x2="0" y1="0" y2="5">
    <mask id="pk-tl-fade" maskContentUnits="objectBoundingBox">
      <rect fill="url(#pk-tl-fade-gradient)" height="1" width="1">
  <rect class="after-span" height="574" width="314.5" x="275.4" y="22">
  <g class="grid">
    <line class="major" x1="65.7" x2="65.7" y1="22" y2="596">
    <line class="major" x1="135.7" x2="135.7" y1="22" y2="596">
    <line class="major" x1="205.5" x2="205.5" y1="22" y2="596">
    <line class="major" x1="275.4" x2="275.4" y1="22" y2="596">
    <line class="major" x1="345.3" x2="345.3" y1="22" y2="596">
    <line class="major" x1="415.2" x2="415.2" y1="22" y2="596">
    <line class="major" x1="485" x2="485" y1="22" y2="596">
    <line class="major" x1="555" x2="555" y1="22" y2="596">
    <line class="major" x1="624.8" x2="624.8" y1="22" y2="596">
    <line class="major" x1="694.7" x2="694.7" y1="22" y2="596">
  <line class="departure-line" x1="275.4" x2="275.4" y1="22" y2="596">
  <line class="as-of-line" x1="589.9" x2="589.9" y1="22" y2="596">
  <path class="strength-ceiling" d="M58.9,146V136.5H69.3V128.4H79V125.4H109.2V118.3H161.1V118H246.1V140.5H275.4V146Z">
    <title> Authorized strength
  <path class="strength-ceiling-line" d="M58.9,136.5V136.5H69.3V128.4H79V125.4H109.2V118.3H161.1V118H246.1V140.5H275.4">
  <text class="strength-peak halo" x="165.1" y="129"> 17,670 authorized
  <g class="mandates">
    <g aria-label="Resolution 1270, Oct 22, 1999" class="mark mandate" data-key="mandate-0" role="button">
      <line class="wide" x1="58.9" x2="58.9" y1="116" y2="166">
      <line x1="58.9" x2="58.9" y1="116" y2="166">
    <g aria-label="Resolution 1289, Feb 7, 2000" class="mark mandate" data-key="mandate-1" role="button">
      <line class="wide" x1="69.3" x2="69.3" y1="116" y2="166">
      <line x1="69.3" x2="69.3" y1="116" y2="166">
    <g aria-label="Resolution 1299, May 19, 2000" class="mark mandate" data-key="mandate-2" role="button">
      <line class="wide" x1="79" x2="79" y1="116" y2="166">
      <line x1="79" x2="79" y1="116" y2="166">
    <g aria-label="Resolution 1346, Mar 30, 2001" class="mark mandate" data-key="mandate-3" role="button">
      <line class="wide" x1="109.2" x2="109.2" y1="116" y2="166">
      <line x1="109.2" x2="109.2" y1="116" y2="166">
    <g aria-label="Resolution 1389, Jan 16, 2002" class="mark mandate" data-key="mandate-4" role="button">
      <line class="wide" x1="137.1" x2="137.1" y1="116" y2="166">
      <line x1="137.1" x2="137.1" y1="116" y2="166">
    <g aria-label="Resolution 1436, Sep 24, 2002" class="mark mandate" data-key="mandate-5" role="button">
      <line class="wide" x1="161.1" x2="161.1" y1="116" y2="166">
      <line x1="161.1" x2="161.1" y1="116" y2="166">
    <g aria-label="Resolution 1492, Jul 18, 2003" class="mark mandate" data-key="mandate-6" role="button">
      <line class="wide" x1="189.5" x2="189.5" y1="116" y2="166">
      <line x1="189.5" x2="189.5" y1="116" y2="166">
    <g aria-label="Resolution 1537, Mar 30, 2004" class="mark mandate" data-key="mandate-7" role="button">
      <line class="wide" x1="214" x2="214" y1="116" y2="166">
      <line x1="214" x2="214" y1="116" y2="166">
    <g aria-label="Resolution 1562, Sep 17, 2004" class="mark mandate" data-key="mandate-8" role="button">
      <line class="wide" x1="230.4" x2="230.4" y1="116" y2="166">
      <line x1="230.4" x2="230.4" y1="116" y2="166">
    <g aria-label="Resolution 1610, Jun 30, 2005" class="mark mandate" data-key="mandate-9" role="button">
      <line class="wide" x1="257.7" x2="257.7" y1="116" y2="166">
      <line x1="257.7" x2="257.7" y1="116" y2="166">
  <g aria-hidden="true" class="mandate">
    <text x="60.9" y="114"> 1270
    <text x="111.2" y="114"> 1346
    <text x="163.1" y="114"> 1436
    <text x="216" y="114"> 1537
    <text x="259.7" y="114"> 1610
  <g class="bars">
    <rect aria-label="UN Observer Mission in Sierra Leone (UNOMSIL), Jul 13, 1998 – Oct 21, 1999" class="mark k-presence" data-key="predecessor-0" height="18" role="button" width="44.6" x="14.4" y="148">
    <rect aria-label="UNAMSIL, Oct 22, 1999 – Dec 31, 2005" class="mark k-mission" data-key="mission" height="18" role="button" width="216.5" x="58.9" y="148">
    <rect aria-label="UN Integrated Office in Sierra Leone (UNIOSIL), Jan 1, 2006 – Sep 30, 2008" class="mark k-presence" data-key="successor-0" height="18" role="button" width="96.1" x="275.4" y="148">
    <rect aria-label="UN Integrated Peacebuilding Office in Sierra Leone (UNIPSIL), Oct 1, 2008 – Mar 31, 2014" class="mark k-presence" data-key="successor-1" height="18" role="button" width="192.1" x="371.5" y="148">
    <g aria-label="UN Country Team (present throughout; the lead UN presence after UNIPSIL), Apr 1, 2014 – ongoing" class="mark k-presence" data-key="successor-2" role="button">
      <rect height="18" width="26.3" x="563.6" y="148">
      <path class="arrow" d="M592.9,151l6,6l-6,6">
    <rect aria-label="Start-up and expansion, Oct 22, 1999 – Mar 29, 2001" class="mark k-phase" data-key="phase-0" height="18" role="button" width="50.2" x="58.9" y="170">
    <rect aria-label="Consolidation and 2002 elections, Mar 30, 2001 – Sep 23, 2002" class="mark k-phase" data-key="phase-1" height="18" role="button" width="51.9" x="109.2" y="170">
    <rect aria-label="Phased drawdown (res 1436, 1492, 1537), Sep 24, 2002 – Dec 31, 2004" class="mark k-phase" data-key="phase-2" height="18" role="button" width="79.4" x="161.1" y="170">
    <rect aria-label="Residual presence and withdrawal (res 1537, 1562, 1610), Jan 1, 2005 – Dec 31, 2005" class="mark k-phase" data-key="phase-3" height="18" role="button" width="34.9" x="240.5" y="170">
    <rect aria-label="UNIOSIL (UN Integrated Office in Sierra Leone), Jan 1, 2006 – Sep 30, 2008" class="mark k-item g-political s-completed" data-key="item-un-political-uniosil" height="18" role="button" width="96.1" x="275.4" y="224">
    <rect aria-label="UNIPSIL (UN Integrated Peacebuilding Office in Sierra Leone), Oct 1, 2008 – Mar 31, 2014" class="mark k-item g-political s-completed" data-key="item-un-political-unipsil" height="18" role="button" width="192.1" x="371.5" y="224">
    <g aria-label="Sierra Leone on the PBC agenda, Jun 23, 2006 – ongoing" class="mark k-item g-peacebuilding s-ongoing" data-key="item-pbc-pbc-agenda" role="button">
      <rect height="18" width="273.9" x="292" y="278">
      <rect class="tail" height="18" mask="url(#pk-tl-fade)" width="24" x="565.9" y="278">
      <path class="arrow" d="M592.9,281l6,6l-6,6">
    <g aria-label="Sierra Leone country-specific meetings, Oct 12, 2006 – ongoing" class="mark k-item g-peacebuilding s-ongoing" data-key="item-pbc-pbc-configuration" role="button">
      <rect height="18" width="263.3" x="302.6" y="300">
      <rect class="tail" height="18" mask="url(#pk-tl-fade)" width="24" x="565.9" y="300">
      <path class="arrow" d="M592.9,303l6,6l-6,6">
    <rect aria-label="Sierra Leone Peacebuilding Cooperation Framework, Dec 2007 – Jun 10, 2009" class="mark k-item g-peacebuilding s-completed" data-key="item-pbc-pbc-framework" height="18" role="button" width="53.4" x="342.3" y="322">
    <rect aria-label="First Priority Plan: 25 projects, Mar 1, 2007 – Dec 31, 2010" class="mark k-item g-peacebuilding s-completed" data-key="item-pbf-pbf-plan-1" height="18" role="button" width="134.1" x="316" y="350">
    <rect aria-label="Priority Plan 2011–2013, Jan 1, 2011 – Dec 31, 2013" class="mark k-item g-peacebuilding s-completed" data-key="item-pbf-pbf-plan-2" height="18" role="button" width="104.9" x="450.1" y="350">
    <rect aria-label="Agenda for Change (second Poverty Reduction Strategy), 2008 – 2012" class="mark k-item g-development s-completed" data-key="item-national-agenda-for-change" height="18" role="button" width="174.8" x="345.3" y="404">
    <rect aria-label="Agenda for Prosperity, 2013 – 2018" class="mark k-item g-development s-completed" data-key="item-national-agenda-for-prosperity" height="18" role="button" width="209.6" x="520" y="404">
    <g aria-label="UN agencies, funds and programmes in Sierra Leone, Jul 13, 1998 – ongoing" class="mark k-item g-development s-ongoing" data-key="item-un-country-team-unct" role="button">
      <rect height="18" width="551.5" x="14.4" y="432">
      <rect class="tail" height="18" mask="url(#pk-tl-fade)" width="24" x="565.9" y="432">
      <path class="arrow" d="M592.9,435l6,6l-6,6">
    <rect aria-label="UN Joint Vision for Sierra Leone (UNIPSIL and the country team), 2009 – 2012" class="mark k-item g-development s-completed" data-key="item-un-country-team-joint-vision" height="18" role="button" width="139.8" x="380.3" y="454">
    <g aria-label="UN Country Team takes over UNIPSIL’s responsibilities, Apr 1, 2014 – ongoing" class="mark k-item g-development s-ongoing" data-key="item-un-country-team-unct-lead" role="button">
      <rect height="18" width="26.3" x="563.6" y="454">
      <path class="arrow" d="M592.9,457l6,6l-6,6">
    <g aria-label="UNAMSIL assessed budget, Jul 1, 2002 – Jun 30, 2003, $622,469,200 received of $633,269,200 required (98%) (assured)" class="mark k-amount g-funding r-assured req" data-key="amount-unamsil-assessed-0" role="button">
      <rect class="need" height="18" width="34.9" x="153" y="508">
      <rect class="got" height="18" width="34.9" x="153" y="508">
      <path class="arrow" d="">
    <rect aria-label="Peacebuilding Fund allocations, Mar 1, 2007 – Dec 31, 2010, $35,000,000 (committed)" class="mark k-amount g-funding r-committed" data-key="amount-pbf-sle-0" height="18" role="button" width="134.1" x="316" y="536">
    <rect aria-label="Peacebuilding Fund allocations, Jan 1, 2011 – Dec 31, 2013, $7,000,000 (committed)" class="mark k-amount g-funding r-committed" data-key="amount-pbf-sle-1" height="18" role="button" width="104.9" x="450.1" y="536">
    <g aria-label="Multi-donor trust fund for DDR, Jun 28, 2001 – Aug 31, 2001, $31,000,000 required; what came is not stated (pledged)" class="mark k-amount g-funding r-pledged req" data-key="amount-ddr-trust-fund-0" role="button">
      <rect class="need" height="18" width="6.2" x="117.8" y="564">
      <rect class="got" height="0" width="6.2" x="117.8" y="582">
      <path class="arrow" d="">
  <g aria-hidden="true" class="bar-labels">
    <text class="bar-label k-presence in" x="18.4" y="161"> UNOM…
    <text class="bar-label k-mission in" x="62.9" y="161"> UNAMSIL
    <text class="bar-label k-presence in" x="279.4" y="161"> UNIOSIL
    <text class="bar-label k-presence in" x="375.5" y="161"> UNIPSIL
    <text class="bar-label k-presence" x="601.9" y="161"> UN Country Team (pr…
    <text class="bar-label k-phase in" x="165.1" y="183"> Phased dr…
    <text class="bar-label k-phase" x="279.4" y="183"> Residual presence and withdrawal (res 1537, 1562, 1610)
    <text class="bar-label k-item g-political s-completed in" x="279.4" y="237"> UNIOSIL
    <text class="bar-label k-item g-political s-completed in" x="375.5" y="237"> UNIPSIL
    <text class="bar-label k-item g-peacebuilding s-ongoing in" x="296" y="291"> Sierra Leone on the PBC agenda
    <text class="bar-label k-item g-peacebuilding s-ongoing in" x="306.6" y="313"> Sierra Leone country-specific meetings
    <text class="bar-label k-item g-peacebuilding s-completed" x="399.7" y="335"> Sierra Leone Peacebuilding Cooperation Framework
    <text class="bar-label k-item g-peacebuilding s-completed in" x="320" y="363"> First Priority Pl…
    <text class="bar-label k-item g-peacebuilding s-completed in" x="454.1" y="363"> Priority Plan…
    <text class="bar-label k-item g-development s-completed in" x="349.3" y="417"> Agenda for Change (seco…
    <text class="bar-label k-item g-development s-completed in" x="524" y="417"> Agenda for Prosperity
    <text class="bar-label k-item g-development s-ongoing in" x="18.4" y="445"> UN agencies, funds and programmes in Sierra Leone
    <text class="bar-label k-item g-development s-completed in" x="384.3" y="467"> UN Joint Vision fo…
    <text class="bar-label k-item g-development s-ongoing" x="601.9" y="467"> UN Country Team tak…
    <text class="bar-label k-amount g-funding r-committed" x="320" y="549"> $35M
    <text class="bar-label k-amount g-funding r-committed" x="454.1" y="549"> $7M
  <g>
    <title> handover : UNOMSIL → UNAMSIL
    <circle class="handover-knot" cx="58.9" cy="157" r="4">
    <path class="handover" d="M57.4,154.5l2.5,2.5l-2.5,2.5">
  <g>
    <title> handover : UNAMSIL → UNIOSIL
    <circle class="handover-knot" cx="275.4" cy="157" r="4">
    <path class="handover" d="M273.9,154.5l2.5,2.5l-2.5,2.5">
  <g>
    <title> handover : UNIOSIL → UNIPSIL
    <circle class="handover-knot" cx="371.5" cy="157" r="4">
    <path class="handover" d="M370,154.5l2.5,2.5l-2.5,2.5">
  <g>
    <title> handover : UNIPSIL → UN Country Team (present throughout; the lead UN presence after UNIPSIL)
    <circle class="handover-knot" cx="563.6" cy="157" r="4">
    <path class="handover" d="M562.1,154.5l2.5,2.5l-2.5,2.5">
  <g class="events">
    <g aria-label="Lomé Peace Agreement, Jul 7, 1999" class="mark event e-agreement" data-key="event-0" role="button" tabindex="0">
      <line class="stem" x1="48.7" x2="48.7" y1="54" y2="57">
      <path class="symbol" d="M0,-6L6,0L0,6L-6,0Z" transform="translate(48.7,48)">
    <g aria-label="Resolution 1270 establishes UNAMSIL: up to 6,000 military personnel, including 260 military observers, Oct 22, 1999" class="mark event e-resolution" data-key="event-1" role="button">
      <line class="stem" x1="59" x2="59" y1="54" y2="71">
      <path class="symbol" d="M-4.5,-4.5H4.5V4.5H-4.5Z" transform="translate(59,48)">
    <g aria-label="Resolution 1289: up to 11,100 military personnel, including 260 observers; new tasks under Chapter VII, Feb 7, 2000" class="mark event e-resolution" data-key="event-2" role="button">
      <path class="symbol" d="M-4.5,-4.5H4.5V4.5H-4.5Z" transform="translate(69.3,48)">
    <g aria-label="Resolution 1346: up to 17,500 military personnel, including 260 observers, the largest UN peacekeeping operation at the time, Mar 30, 2001" class="mark event e-resolution" data-key="event-4" role="button">
      <path class="symbol" d="M-4.5,-4.5H4.5V4.5H-4.5Z" transform="translate(109.2,48)">
    <g aria-label="Presidential and parliamentary elections, with UNAMSIL support, May 14, 2002" class="mark event e-election" data-key="event-5" role="button">
      <line class="stem" x1="148.4" x2="148.4" y1="54" y2="85">
      <path class="symbol" d="M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0Z" transform="translate(148.4,48)">
    <g aria-label="Resolution 1436: phased drawdown; up to 170 civilian police, Sep 24, 2002" class="mark event e-resolution" data-key="event-6" role="button">
      <path class="symbol" d="M-4.5,-4.5H4.5V4.5H-4.5Z" transform="translate(161.2,48)">
    <g aria-label="Resolution 1537: a residual presence from 2005, 3,250 troops, 141 observers and 80 police by 28 Feb 2005, Mar 30, 2004" class="mark event e-resolution" data-key="event-7" role="button">
      <path class="symbol" d="M-4.5,-4.5H4.5V4.5H-4.5Z" transform="translate(214.1,48)">
    <g aria-label="UNAMSIL transfers primary responsibility for security in the Western Area, including Freetown, to the Government, completing the transfer, Sep 23, 2004" class="mark event e-milestone" data-key="event-8" role="button">
      <path class="symbol" d="M0,-6L5.5,4H-5.5Z" transform="translate(231,48)">
    <g aria-label="Resolution 1610: final extension of UNAMSIL to 31 Dec 2005, Jun 30, 2005" class="mark event e-resolution" data-key="event-9" role="button">
      <path class="symbol" d="M-4.5,-4.5H4.5V4.5H-4.5Z" transform="translate(257.8,48)">
    <g aria-label="UNAMSIL completes its mandate, Dec 31, 2005" class="mark event e-departure" data-key="event-11" role="button">
      <line class="stem" x1="275.4" x2="275.4" y1="54" y2="57">
      <path class="symbol" d="M-6,-4H6L0,6Z" transform="translate(275.4,48)">
    <g aria-label="Peacebuilding Commission places Sierra Leone on its agenda, Jun 23, 2006" class="mark event e-milestone" data-key="event-13" role="button">
      <path class="symbol" d="M0,-6L5.5,4H-5.5Z" transform="translate(292,48)">
    <g aria-label="First PBC country-specific meeting: Sierra Leone eligible for Fund support, Oct 12, 2006" class="mark event e-milestone" data-key="event-14" role="button">
      <path class="symbol" d="M0,-6L5.5,4H-5.5Z" transform="translate(302.6,48)">
    <g aria-label="US$35m Peacebuilding Fund allocation announced, Mar 1, 2007" class="mark event e-milestone" data-key="event-15" role="button">
      <path class="symbol" d="M0,-6L5.5,4H-5.5Z" transform="translate(316,48)">
    <g aria-label="Presidential and parliamentary elections, the first since UNAMSIL left, Aug 11, 2007" class="mark event e-election" data-key="event-16" role="button">
      <path class="symbol" d="M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0Z" transform="translate(331.6,48)">
    <g aria-label="Resolution 1829 establishes UNIPSIL, Aug 4, 2008" class="mark event e-resolution" data-key="event-18" role="button">
      <path class="symbol" d="M-4.5,-4.5H4.5V4.5H-4.5Z" transform="translate(366,48)">
    <g aria-label="PBC endorses the Government’s Agenda for Change and the UN Joint Vision; Multi-Donor Trust Fund launched, Jun 10, 2009" class="mark event e-milestone" data-key="event-20" role="button">
      <line class="stem" x1="395.6" x2="395.6" y1="54" y2="85">
      <path class="symbol" d="M0,-6L5.5,4H-5.5Z" transform="translate(395.6,48)">
    <g aria-label="Presidential, parliamentary and local elections, the first run entirely by national institutions, Nov 17, 2012" class="mark event e-election" data-key="event-21" role="button">
      <path class="symbol" d="M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0Z" transform="translate(515.8,48)">
    <g aria-label="UNIPSIL completes its mandate; the UN Country Team takes over, Mar 31, 2014" class="mark event e-departure" data-key="event-22" role="button">
      <line class="stem" x1="563.5" x2="563.5" y1="54" y2="71">
      <path class="symbol" d="M-6,-4H6L0,6Z" transform="translate(563.5,48)">
  <g aria-hidden="true" class="event">
    <text class="halo" text-anchor="start" x="52.7" y="66"> Lomé Peace Agreement
    <text class="halo" text-anchor="start" x="63" y="80"> Resolution 1270 establishes UNAMSI…
    <text class="halo" text-anchor="start" x="152.4" y="94"> Presidential and parliamentary ele…
    <text class="halo" text-anchor="start" x="279.4" y="66"> UNAMSIL completes its mandate
    <text class="halo" text-anchor="start" x="399.6" y="94"> PBC endorses the Government’s Agen…
    <text class="halo" text-anchor="end" x="559.5" y="80"> UNIPSIL completes its mandate; the…
<svg aria-hidden="true" class="front" height="596" width="900">
  <rect class="label-col" height="596" width="144">
  <g class="tick">
    <text x="212.7" y="15"> 2000
    <text x="282.7" y="15"> 2002
    <text x="352.5" y="15"> 2004
    <text x="422.4" y="15"> 2006
    <text x="492.3" y="15"> 2008
    <text x="562.2" y="15"> 2010
    <text x="632" y="15"> 2012
    <text x="702" y="15"> 2014
    <text x="771.8" y="15"> 2016
    <text x="841.7" y="15"> 2018
  <text class="departure-label halo" text-anchor="end" x="415.4" y="35"> UNAMSIL leaves
  <text class="after-label halo" x="423.4" y="35"> after departure →
  <text class="annotation halo" text-anchor="end" x="729.9" y="35"> as of Dec 31, 2014
  <text class="row-label" x="8" y="114"> Mandates
  <text class="row-label" x="8" y="136"> Strength
  <text class="lane-label" x="8" y="161"> UNAMSIL
  <text class="row-label" x="8" y="183"> Phases
  <line class="group-rule" x1="0" x2="900" y1="198.5" y2="198.5">
  <text class="group-label" x="26" y="215"> Political
    <tspan class="group-summary" dx="8"> ‎1 lane, 2 items
  <line class="group-rule" x1="0" x2="900" y1="252.5" y2="252.5">
  <text class="group-label" x="26" y="269"> Peacebuilding
    <tspan class="group-summary" dx="8"> ‎2 lanes, 5 items
  <line class="group-rule" x1="0" x2="900" y1="378.5" y2="378.5">
  <text class="group-label" x="26" y="395"> Development
    <tspan class="group-summary" dx="8"> ‎2 lanes, 5 items
  <line class="group-rule" x1="0" x2="900" y1="482.5" y2="482.5">
  <text class="group-label" x="26" y="499"> Funding
    <tspan class="group-summary" dx="8"> ‎3 lanes, 4 items
  <g>
    <text class="lane-label" x="8" y="237"> UN political prese…
    <text class="lane-label" x="8" y="291"> Peacebuilding Comm…
    <text class="lane-label" x="8" y="363"> Peacebuilding Fund
    <text class="lane-label" x="8" y="417"> National strategie…
    <text class="lane-label" x="8" y="445"> UN Country Team
    <text class="lane-label" x="8" y="521"> UNAMSIL assessed b…
    <text class="lane-label" x="8" y="549"> Peacebuilding Fund…
    <text class="lane-label" x="8" y="577"> Multi-donor trust…
<svg class="front cursor-layer" height="596" width="900">
  <rect class="hit axis-hit" fill="transparent" height="22" width="744" x="144">
  <rect class="cursor-mask" height="21" width="37" x="313.3" y="0">
  <g aria-label="Date cursor" aria-valuemax="18047" aria-valuemin="10270" aria-valuenow="12233" aria-valuetext="Jun 30, 2003" class="cursor" role="slider" tabindex="0" transform="translate(331.8,0)">
    <line class="cursor-line" y1="20" y2="596">
    <rect class="hit" fill="transparent" height="596" width="12" x="-6" y="0">
    <rect class="cursor-handle hit" height="19" rx="3" width="37" x="-18.5" y="1">
    <text aria-hidden="true" class="cursor-year" text-anchor="middle" y="15"> 2003
<svg aria-hidden="true" height="12" viewBox="0 0 12 12" width="12">
  <path d="M2,4L6,8L10,4">
<svg aria-hidden="true" height="12" viewBox="0 0 12 12" width="12">
  <path d="M2,4L6,8L10,4">
<svg aria-hidden="true" height="12" viewBox="0 0 12 12" width="12">
  <path d="M2,4L6,8L10,4">
<svg aria-hidden="true" height="12" viewBox="0 0 12 12" width="12">
  <path d="M2,4L6,8L10,4">`;
/* end snapshot timeline-sierra-leone */

snapshots["matrix-sierra-leone"] = 
`<table aria-colcount="14" aria-rowcount="24" class="vertical" part="grid" role="grid">
  <caption class="visually-hidden"> Roles held in each peacebuilding sector, by actor: changes between Jun 30, 2001 and Jun 30, 2003
  <thead>
    <tr class="groups">
      <td class="corner">
      <th colspan="4" scope="colgroup" style="grid-column-end: span 4" title="National government"> National government
      <th colspan="3" scope="colgroup" style="grid-column-end: span 3" title="Peace operation"> Peace operation
      <th colspan="3" scope="colgroup" style="grid-column-end: span 3" title="UN entities"> UN entities
      <th colspan="1" scope="colgroup" style="grid-column-end: span 1" title="International financial institutions"> International financial institutions
      <th colspan="1" scope="colgroup" style="grid-column-end: span 1" title="Regional organizations"> Regional organizations
      <th colspan="1" scope="colgroup" style="grid-column-end: span 1" title="Bilateral partners"> Bilateral partners
    <tr class="actors">
      <th class="corner" scope="col"> Sector
      <th scope="col" title="Government of Sierra Leone">
        <span> GoSL
      <th scope="col" title="Sierra Leone Police">
        <span> SLP
      <th scope="col" title="Republic of Sierra Leone Armed Forces">
        <span> RSLAF
      <th scope="col" title="National Electoral Commission">
        <span> NEC
      <th scope="col" title="UN Mission in Sierra Leone">
        <span> UNAMSIL
      <th scope="col" title="UN Integrated Office in Sierra Leone">
        <span> UNIOSIL
      <th scope="col" title="UN Integrated Peacebuilding Office in Sierra Leone">
        <span> UNIPSIL
      <th scope="col" title="UN Country Team in Sierra Leone (agencies, funds and programmes)">
        <span> UNCT
      <th scope="col" title="Peacebuilding Commission">
        <span> PBC
      <th scope="col" title="Peacebuilding Fund">
        <span> PBF
      <th scope="col" title="World Bank">
        <span> World Bank
      <th scope="col" title="Economic Community of West African States Monitoring Group (ECOMOG)">
        <span> ECOMOG
      <th scope="col" title="United Kingdom">
        <span> UK
  <tbody>
    <tr class="area">
      <th aria-expanded="true" colspan="14" scope="rowgroup" tabindex="0">
        <span> Basic safety and security (9 sectors)
          <span class="twisty">
    <tr>
      <th scope="row"> Security sector reform
      <td aria-label="Security sector reform, GoSL: no role" tabindex="-1">
      <td aria-label="Security sector reform, SLP: no role" tabindex="-1">
      <td aria-label="Security sector reform, RSLAF: no role" tabindex="-1">
      <td aria-label="Security sector reform, NEC: no role" tabindex="-1">
      <td aria-label="Security sector reform, UNAMSIL: no role" tabindex="-1">
      <td aria-label="Security sector reform, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Security sector reform, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Security sector reform, UNCT: no role" tabindex="-1">
      <td aria-label="Security sector reform, PBC: no role" tabindex="-1">
      <td aria-label="Security sector reform, PBF: no role" tabindex="-1">
      <td aria-label="Security sector reform, World Bank: no role" tabindex="-1">
      <td aria-label="Security sector reform, ECOMOG: no role" tabindex="-1">
      <td aria-label="Security sector reform, UK: lead at national level" tabindex="-1">
        <span class="glyph m-continued c0" data-g="L" part="glyph">
    <tr>
      <th scope="row"> Disarmament, demobilization and reintegration
      <td aria-label="Disarmament, demobilization and reintegration, GoSL: lead at national level" tabindex="-1">
        <span class="glyph m-continued c0" data-g="L" part="glyph">
      <td aria-label="Disarmament, demobilization and reintegration, SLP: no role" tabindex="-1">
      <td aria-label="Disarmament, demobilization and reintegration, RSLAF: no role" tabindex="-1">
      <td aria-label="Disarmament, demobilization and reintegration, NEC: no role" tabindex="-1">
      <td aria-label="Disarmament, demobilization and reintegration, UNAMSIL: implement ends at sub-national level, support at national level" tabindex="-1">
        <span class="glyph m-ended c3" data-g="I" part="glyph">
        <span class="glyph m-continued c4" data-g="S" part="glyph">
      <td aria-label="Disarmament, demobilization and reintegration, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Disarmament, demobilization and reintegration, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Disarmament, demobilization and reintegration, UNCT: no role" tabindex="-1">
      <td aria-label="Disarmament, demobilization and reintegration, PBC: no role" tabindex="-1">
      <td aria-label="Disarmament, demobilization and reintegration, PBF: no role" tabindex="-1">
      <td aria-label="Disarmament, demobilization and reintegration, World Bank: fund at national level" tabindex="-1">
        <span class="glyph m-continued c5" data-g="F" part="glyph">
      <td aria-label="Disarmament, demobilization and reintegration, ECOMOG: no role" tabindex="-1">
      <td aria-label="Disarmament, demobilization and reintegration, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Police
      <td aria-label="Police, GoSL: no role" tabindex="-1">
      <td aria-label="Police, SLP: lead begins at national level" tabindex="-1">
        <span class="glyph m-begun c0" data-g="L" part="glyph">
      <td aria-label="Police, RSLAF: no role" tabindex="-1">
      <td aria-label="Police, NEC: no role" tabindex="-1">
      <td aria-label="Police, UNAMSIL: support begins at national level" tabindex="-1">
        <span class="glyph m-begun c4" data-g="S" part="glyph">
      <td aria-label="Police, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Police, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Police, UNCT: no role" tabindex="-1">
      <td aria-label="Police, PBC: no role" tabindex="-1">
      <td aria-label="Police, PBF: no role" tabindex="-1">
      <td aria-label="Police, World Bank: no role" tabindex="-1">
      <td aria-label="Police, ECOMOG: no role" tabindex="-1">
      <td aria-label="Police, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Justice and corrections
      <td aria-label="Justice and corrections, GoSL: no role" tabindex="-1">
      <td aria-label="Justice and corrections, SLP: no role" tabindex="-1">
      <td aria-label="Justice and corrections, RSLAF: no role" tabindex="-1">
      <td aria-label="Justice and corrections, NEC: no role" tabindex="-1">
      <td aria-label="Justice and corrections, UNAMSIL: no role" tabindex="-1">
      <td aria-label="Justice and corrections, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Justice and corrections, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Justice and corrections, UNCT: no role" tabindex="-1">
      <td aria-label="Justice and corrections, PBC: no role" tabindex="-1">
      <td aria-label="Justice and corrections, PBF: no role" tabindex="-1">
      <td aria-label="Justice and corrections, World Bank: no role" tabindex="-1">
      <td aria-label="Justice and corrections, ECOMOG: no role" tabindex="-1">
      <td aria-label="Justice and corrections, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Rule of law
      <td aria-label="Rule of law, GoSL: no role" tabindex="-1">
      <td aria-label="Rule of law, SLP: no role" tabindex="-1">
      <td aria-label="Rule of law, RSLAF: no role" tabindex="-1">
      <td aria-label="Rule of law, NEC: no role" tabindex="-1">
      <td aria-label="Rule of law, UNAMSIL: no role" tabindex="-1">
      <td aria-label="Rule of law, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Rule of law, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Rule of law, UNCT: no role" tabindex="-1">
      <td aria-label="Rule of law, PBC: no role" tabindex="-1">
      <td aria-label="Rule of law, PBF: no role" tabindex="-1">
      <td aria-label="Rule of law, World Bank: no role" tabindex="-1">
      <td aria-label="Rule of law, ECOMOG: no role" tabindex="-1">
      <td aria-label="Rule of law, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Protection of civilians
      <td aria-label="Protection of civilians, GoSL: no role" tabindex="-1">
      <td aria-label="Protection of civilians, SLP: no role" tabindex="-1">
      <td aria-label="Protection of civilians, RSLAF: no role" tabindex="-1">
      <td aria-label="Protection of civilians, NEC: no role" tabindex="-1">
      <td aria-label="Protection of civilians, UNAMSIL: implement at sub-national level" tabindex="-1">
        <span class="glyph m-continued c3" data-g="I" part="glyph">
      <td aria-label="Protection of civilians, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Protection of civilians, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Protection of civilians, UNCT: no role" tabindex="-1">
      <td aria-label="Protection of civilians, PBC: no role" tabindex="-1">
      <td aria-label="Protection of civilians, PBF: no role" tabindex="-1">
      <td aria-label="Protection of civilians, World Bank: no role" tabindex="-1">
      <td aria-label="Protection of civilians, ECOMOG: no role" tabindex="-1">
      <td aria-label="Protection of civilians, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Ceasefire and border monitoring
      <td aria-label="Ceasefire and border monitoring, GoSL: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, SLP: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, RSLAF: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, NEC: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, UNAMSIL: monitor at national level" tabindex="-1">
        <span class="glyph m-continued c6" data-g="M" part="glyph">
      <td aria-label="Ceasefire and border monitoring, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, UNCT: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, PBC: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, PBF: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, World Bank: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, ECOMOG: no role" tabindex="-1">
      <td aria-label="Ceasefire and border monitoring, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Primary responsibility for security
      <td aria-label="Primary responsibility for security, GoSL: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, SLP: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, RSLAF: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, NEC: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, UNAMSIL: implement at national level" tabindex="-1">
        <span class="glyph m-continued c3" data-g="I" part="glyph">
      <td aria-label="Primary responsibility for security, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, UNCT: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, PBC: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, PBF: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, World Bank: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, ECOMOG: no role" tabindex="-1">
      <td aria-label="Primary responsibility for security, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Humanitarian access
      <td aria-label="Humanitarian access, GoSL: no role" tabindex="-1">
      <td aria-label="Humanitarian access, SLP: no role" tabindex="-1">
      <td aria-label="Humanitarian access, RSLAF: no role" tabindex="-1">
      <td aria-label="Humanitarian access, NEC: no role" tabindex="-1">
      <td aria-label="Humanitarian access, UNAMSIL: enable at national level" tabindex="-1">
        <span class="glyph m-continued c2" data-g="E" part="glyph">
      <td aria-label="Humanitarian access, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Humanitarian access, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Humanitarian access, UNCT: no role" tabindex="-1">
      <td aria-label="Humanitarian access, PBC: no role" tabindex="-1">
      <td aria-label="Humanitarian access, PBF: no role" tabindex="-1">
      <td aria-label="Humanitarian access, World Bank: no role" tabindex="-1">
      <td aria-label="Humanitarian access, ECOMOG: no role" tabindex="-1">
      <td aria-label="Humanitarian access, UK: no role" tabindex="-1">
    <tr class="area">
      <th aria-expanded="true" colspan="14" scope="rowgroup" tabindex="-1">
        <span> Inclusive political processes (5 sectors)
          <span class="twisty">
    <tr>
      <th scope="row"> Human rights
      <td aria-label="Human rights, GoSL: no role" tabindex="-1">
      <td aria-label="Human rights, SLP: no role" tabindex="-1">
      <td aria-label="Human rights, RSLAF: no role" tabindex="-1">
      <td aria-label="Human rights, NEC: no role" tabindex="-1">
      <td aria-label="Human rights, UNAMSIL: enable at national level" tabindex="-1">
        <span class="glyph m-continued c2" data-g="E" part="glyph">
      <td aria-label="Human rights, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Human rights, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Human rights, UNCT: no role" tabindex="-1">
      <td aria-label="Human rights, PBC: no role" tabindex="-1">
      <td aria-label="Human rights, PBF: no role" tabindex="-1">
      <td aria-label="Human rights, World Bank: no role" tabindex="-1">
      <td aria-label="Human rights, ECOMOG: no role" tabindex="-1">
      <td aria-label="Human rights, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Political facilitation
      <td aria-label="Political facilitation, GoSL: lead at national level" tabindex="-1">
        <span class="glyph m-continued c0" data-g="L" part="glyph">
      <td aria-label="Political facilitation, SLP: no role" tabindex="-1">
      <td aria-label="Political facilitation, RSLAF: no role" tabindex="-1">
      <td aria-label="Political facilitation, NEC: no role" tabindex="-1">
      <td aria-label="Political facilitation, UNAMSIL: enable at national level, support at national level" tabindex="-1">
        <span class="glyph m-continued c2" data-g="E" part="glyph">
        <span class="glyph m-continued c4" data-g="S" part="glyph">
      <td aria-label="Political facilitation, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Political facilitation, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Political facilitation, UNCT: no role" tabindex="-1">
      <td aria-label="Political facilitation, PBC: no role" tabindex="-1">
      <td aria-label="Political facilitation, PBF: no role" tabindex="-1">
      <td aria-label="Political facilitation, World Bank: no role" tabindex="-1">
      <td aria-label="Political facilitation, ECOMOG: no role" tabindex="-1">
      <td aria-label="Political facilitation, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Elections
      <td aria-label="Elections, GoSL: no role" tabindex="-1">
      <td aria-label="Elections, SLP: no role" tabindex="-1">
      <td aria-label="Elections, RSLAF: no role" tabindex="-1">
      <td aria-label="Elections, NEC: lead begins at national level" tabindex="-1">
        <span class="glyph m-begun c0" data-g="L" part="glyph">
      <td aria-label="Elections, UNAMSIL: support at national level" tabindex="-1">
        <span class="glyph m-continued c4" data-g="S" part="glyph">
      <td aria-label="Elections, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Elections, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Elections, UNCT: no role" tabindex="-1">
      <td aria-label="Elections, PBC: no role" tabindex="-1">
      <td aria-label="Elections, PBF: no role" tabindex="-1">
      <td aria-label="Elections, World Bank: no role" tabindex="-1">
      <td aria-label="Elections, ECOMOG: no role" tabindex="-1">
      <td aria-label="Elections, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Democratic institutions
      <td aria-label="Democratic institutions, GoSL: no role" tabindex="-1">
      <td aria-label="Democratic institutions, SLP: no role" tabindex="-1">
      <td aria-label="Democratic institutions, RSLAF: no role" tabindex="-1">
      <td aria-label="Democratic institutions, NEC: no role" tabindex="-1">
      <td aria-label="Democratic institutions, UNAMSIL: no role" tabindex="-1">
      <td aria-label="Democratic institutions, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Democratic institutions, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Democratic institutions, UNCT: no role" tabindex="-1">
      <td aria-label="Democratic institutions, PBC: no role" tabindex="-1">
      <td aria-label="Democratic institutions, PBF: no role" tabindex="-1">
      <td aria-label="Democratic institutions, World Bank: no role" tabindex="-1">
      <td aria-label="Democratic institutions, ECOMOG: no role" tabindex="-1">
      <td aria-label="Democratic institutions, UK: no role" tabindex="-1">
    <tr>
      <th scope="row"> Civil affairs
      <td aria-label="Civil affairs, GoSL: no role" tabindex="-1">
      <td aria-label="Civil affairs, SLP: no role" tabindex="-1">
      <td aria-label="Civil affairs, RSLAF: no role" tabindex="-1">
      <td aria-label="Civil affairs, NEC: no role" tabindex="-1">
      <td aria-label="Civil affairs, UNAMSIL: enable at sub-national level" tabindex="-1">
        <span class="glyph m-continued c2" data-g="E" part="glyph">
      <td aria-label="Civil affairs, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Civil affairs, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Civil affairs, UNCT: no role" tabindex="-1">
      <td aria-label="Civil affairs, PBC: no role" tabindex="-1">
      <td aria-label="Civil affairs, PBF: no role" tabindex="-1">
      <td aria-label="Civil affairs, World Bank: no role" tabindex="-1">
      <td aria-label="Civil affairs, ECOMOG: no role" tabindex="-1">
      <td aria-label="Civil affairs, UK: no role" tabindex="-1">
    <tr class="area">
      <th aria-expanded="true" colspan="14" scope="rowgroup" tabindex="-1">
        <span> Delivery of basic services (1 sector)
          <span class="twisty">
    <tr>
      <th scope="row"> Return and reintegration
      <td aria-label="Return and reintegration, GoSL: no role" tabindex="-1">
      <td aria-label="Return and reintegration, SLP: no role" tabindex="-1">
      <td aria-label="Return and reintegration, RSLAF: no role" tabindex="-1">
      <td aria-label="Return and reintegration, NEC: no role" tabindex="-1">
      <td aria-label="Return and reintegration, UNAMSIL: support at national level" tabindex="-1">
        <span class="glyph m-continued c4" data-g="S" part="glyph">
      <td aria-label="Return and reintegration, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Return and reintegration, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Return and reintegration, UNCT: implement at national level" tabindex="-1">
        <span class="glyph m-continued c3" data-g="I" part="glyph">
      <td aria-label="Return and reintegration, PBC: no role" tabindex="-1">
      <td aria-label="Return and reintegration, PBF: no role" tabindex="-1">
      <td aria-label="Return and reintegration, World Bank: no role" tabindex="-1">
      <td aria-label="Return and reintegration, ECOMOG: no role" tabindex="-1">
      <td aria-label="Return and reintegration, UK: no role" tabindex="-1">
    <tr class="area">
      <th aria-expanded="true" colspan="14" scope="rowgroup" tabindex="-1">
        <span> Core government functions (1 sector)
          <span class="twisty">
    <tr>
      <th scope="row"> Civil administration
      <td aria-label="Civil administration, GoSL: lead at national level" tabindex="-1">
        <span class="glyph m-continued c0" data-g="L" part="glyph">
      <td aria-label="Civil administration, SLP: no role" tabindex="-1">
      <td aria-label="Civil administration, RSLAF: no role" tabindex="-1">
      <td aria-label="Civil administration, NEC: no role" tabindex="-1">
      <td aria-label="Civil administration, UNAMSIL: no role" tabindex="-1">
      <td aria-label="Civil administration, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Civil administration, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Civil administration, UNCT: no role" tabindex="-1">
      <td aria-label="Civil administration, PBC: no role" tabindex="-1">
      <td aria-label="Civil administration, PBF: no role" tabindex="-1">
      <td aria-label="Civil administration, World Bank: no role" tabindex="-1">
      <td aria-label="Civil administration, ECOMOG: no role" tabindex="-1">
      <td aria-label="Civil administration, UK: no role" tabindex="-1">
    <tr class="area">
      <th aria-expanded="true" colspan="14" scope="rowgroup" tabindex="-1">
        <span> Economic revitalization (1 sector)
          <span class="twisty">
    <tr>
      <th scope="row"> Employment
      <td aria-label="Employment, GoSL: no role" tabindex="-1">
      <td aria-label="Employment, SLP: no role" tabindex="-1">
      <td aria-label="Employment, RSLAF: no role" tabindex="-1">
      <td aria-label="Employment, NEC: no role" tabindex="-1">
      <td aria-label="Employment, UNAMSIL: no role" tabindex="-1">
      <td aria-label="Employment, UNIOSIL: no role" tabindex="-1">
      <td aria-label="Employment, UNIPSIL: no role" tabindex="-1">
      <td aria-label="Employment, UNCT: no role" tabindex="-1">
      <td aria-label="Employment, PBC: no role" tabindex="-1">
      <td aria-label="Employment, PBF: no role" tabindex="-1">
      <td aria-label="Employment, World Bank: no role" tabindex="-1">
      <td aria-label="Employment, ECOMOG: no role" tabindex="-1">
      <td aria-label="Employment, UK: no role" tabindex="-1">`;
/* end snapshot matrix-sierra-leone */

snapshots["mandates-untl"] = 
`<table aria-colcount="6" aria-rowcount="10" class="mission" part="grid" role="grid">
  <caption class="visually-hidden"> Peacebuilding tasks of UNTL’s mandates, resolution by resolution
  <thead>
    <tr>
      <th class="corner" scope="col"> Task
      <th aria-label="Resolution 10, Jan 15, 2001: 4 tasks" class="res" data-c="0" data-r="0" scope="col" tabindex="0">
        <a href="https://undocs.org/S/RES/10(2001)" part="resolution-link" rel="noopener noreferrer" tabindex="-1" target="_blank"> 10
        <span class="date"> Jan 15, 2001
        <span class="period"> 12 months · until Dec 31, 2001
        <span class="flags">
          <abbr part="flag" title="Chapter VII"> VII
      <th aria-label="Resolution 11, Jan 10, 2002: 4 tasks" class="res" data-c="1" data-r="0" scope="col" tabindex="-1">
        <a href="https://undocs.org/S/RES/11(2002)" part="resolution-link" rel="noopener noreferrer" tabindex="-1" target="_blank"> 11
        <span class="date"> Jan 10, 2002
        <span class="period"> 12 months
      <th aria-label="Resolution 12, Mar 30, 2003: 4 tasks" class="res" data-c="2" data-r="0" scope="col" tabindex="-1">
        <a href="https://undocs.org/S/RES/12(2003)" part="resolution-link" rel="noopener noreferrer" tabindex="-1" target="_blank"> 12
        <span class="date"> Mar 30, 2003
        <span class="period"> tasks carried over
      <th aria-current="date" aria-label="Resolution 13, Jun 1, 2004: 5 tasks" class="res current" data-c="3" data-r="0" scope="col" tabindex="-1">
        <a href="https://undocs.org/S/RES/13(2004)" part="resolution-link" rel="noopener noreferrer" tabindex="-1" target="_blank"> 13
        <span class="date"> Jun 1, 2004
      <th aria-label="Resolution 14, Jun 30, 2005: 2 tasks" class="res" data-c="4" data-r="0" scope="col" tabindex="-1">
        <a href="https://undocs.org/S/RES/14(2005)" part="resolution-link" rel="noopener noreferrer" tabindex="-1" target="_blank"> 14
        <span class="date"> Jun 30, 2005
        <span class="period"> until Dec 31, 2005
        <span class="flags">
          <abbr part="flag" title="Final extension"> Fin
  <tbody>
    <tr class="area">
      <th colspan="6" scope="rowgroup"> Basic safety and security ( 3 )
    <tr class="">
      <th scope="row"> Security sector reform
      <td aria-label="Security sector reform, resolution 10: not in this mandate" class="s-none" data-c="0" data-r="1" tabindex="-1">
      <td aria-label="Security sector reform, resolution 11: added" class="s-added" data-c="1" data-r="1" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="+" part="mark">
      <td aria-label="Security sector reform, resolution 12: continued" class="s-continued" data-c="2" data-r="1" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●" part="mark">
      <td aria-label="Security sector reform, resolution 13: continued" class="s-continued" data-c="3" data-r="1" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●" part="mark">
      <td aria-label="Security sector reform, resolution 14: continued" class="s-continued" data-c="4" data-r="1" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●" part="mark">
    <tr class="">
      <th scope="row"> Disarmament, demobilization and reintegration
      <td aria-label="Disarmament, demobilization and reintegration, resolution 10: in the first mandate" class="s-first" data-c="0" data-r="2" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●" part="mark">
      <td aria-label="Disarmament, demobilization and reintegration, resolution 11: continued" class="s-continued" data-c="1" data-r="2" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●" part="mark">
      <td aria-label="Disarmament, demobilization and reintegration, resolution 12: continued" class="s-continued" data-c="2" data-r="2" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●" part="mark">
      <td aria-label="Disarmament, demobilization and reintegration, resolution 13: continued" class="s-continued" data-c="3" data-r="2" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●" part="mark">
      <td aria-label="Disarmament, demobilization and reintegration, resolution 14: dropped" class="s-dropped" data-c="4" data-r="2" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="−" part="mark">
    <tr class="">
      <th scope="row"> Police
      <td aria-label="Police, resolution 10: not in this mandate" class="s-none" data-c="0" data-r="3" tabindex="-1">
      <td aria-label="Police, resolution 11: added, Implement" class="s-added" data-c="1" data-r="3" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="+I" part="mark">
      <td aria-label="Police, resolution 12: continued, Implement" class="s-continued" data-c="2" data-r="3" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●I" part="mark">
      <td aria-label="Police, resolution 13: changed, Monitor (from Implement to Monitor)" class="s-changed" data-c="3" data-r="3" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="~M" part="mark">
      <td aria-label="Police, resolution 14: continued" class="s-continued" data-c="4" data-r="3" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●" part="mark">
    <tr class="area">
      <th colspan="6" scope="rowgroup"> Inclusive political processes ( 2 )
    <tr class="">
      <th scope="row"> Human rights
      <td aria-label="Human rights, resolution 10: in the first mandate" class="s-first" data-c="0" data-r="4" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●" part="mark">
      <td aria-label="Human rights, resolution 11: dropped" class="s-dropped" data-c="1" data-r="4" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="−" part="mark">
      <td aria-label="Human rights, resolution 12: not in this mandate" class="s-none" data-c="2" data-r="4" tabindex="-1">
      <td aria-label="Human rights, resolution 13: added" class="s-added" data-c="3" data-r="4" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="+" part="mark">
      <td aria-label="Human rights, resolution 14: dropped" class="s-dropped" data-c="4" data-r="4" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="−" part="mark">
    <tr class="">
      <th scope="row"> Elections
      <td aria-label="Elections, resolution 10: in the first mandate, Enable" class="s-first" data-c="0" data-r="5" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●E" part="mark">
      <td aria-label="Elections, resolution 11: changed, Enable (wording changed)" class="s-changed" data-c="1" data-r="5" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="~E" part="mark">
      <td aria-label="Elections, resolution 12: continued, Enable" class="s-continued" data-c="2" data-r="5" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●E" part="mark">
      <td aria-label="Elections, resolution 13: continued, Enable" class="s-continued" data-c="3" data-r="5" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●E" part="mark">
      <td aria-label="Elections, resolution 14: dropped" class="s-dropped" data-c="4" data-r="5" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="−" part="mark">
    <tr class="area">
      <th colspan="6" scope="rowgroup"> Core government functions ( 1 )
    <tr class="">
      <th scope="row"> Civil administration
      <td aria-label="Civil administration, resolution 10: in the first mandate" class="s-first" data-c="0" data-r="6" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="●" part="mark">
      <td aria-label="Civil administration, resolution 11: dropped" class="s-dropped" data-c="1" data-r="6" tabindex="-1">
        <span aria-hidden="true" class="mark mission" data-m="−" part="mark">
      <td aria-label="Civil administration, resolution 12: not in this mandate" class="s-none" data-c="2" data-r="6" tabindex="-1">
      <td aria-label="Civil administration, resolution 13: not in this mandate" class="s-none" data-c="3" data-r="6" tabindex="-1">
      <td aria-label="Civil administration, resolution 14: not in this mandate" class="s-none" data-c="4" data-r="6" tabindex="-1">`;
/* end snapshot mandates-untl */

snapshots["map-world (gecko)"] = 
`<svg aria-hidden="true" class="map" height="416" viewBox="0 0 800 416" width="800">
  <rect class="water" fill="none" height="416" width="800">
  <g class="base" transform="translate(0,0) scale(1)">
    <path class="country other" d=[379 chars #af4be2e3]>
    <path class="country other" d=[679 chars #12940ff1]>
    <path class="country other" d=[480 chars #197267b1]>
    <path class="country other" d=[1238 chars #44222d47]>
    <path class="country other" d=[904 chars #7e5caac1]>
    <path class="country other" d="M404.5,114.8L404.4,114.8L404.4,114.8Z">
    <path class="country other" d=[972 chars #49342dcc]>
    <path class="country other" d=[1001 chars #720b63b4]>
    <path class="country other" d=[415 chars #7f3deea3]>
    <path class="country other" d="M708,207.6L707.8,207.7L707.7,207.7L707.5,207.3L707.6,207.2L707.9,207.3L708,207.4Z">
    <path class="country other" d="M734.4,206.7L734.7,206.9L735,206.8L734.8,206.9L734.4,206.8Z">
    <path class="country other" d="M678.1,184.5L678,184.5L678,184.3L678.2,184.2Z">
    <path class="country other" d="M247.8,177.2L247.9,177.3L248.2,177.3L247.9,177.5L247.5,177.5L247.6,177.3Z">
    <path class="country other" d="M677.1,189.7L677.1,189.7L676.9,189.6L676.9,189.2L677.1,188.9L677.2,188.7L677.4,188.8L677.1,189.3Z">
    <path class="country other" d="M767.9,266.8L767.8,266.8L767.8,266.7L768.1,266.5L768.3,266.6L768.2,266.6Z">
    <path class="country other" d=[303 chars #295780b5]>
    <path class="country other" d=[3637 chars #7b5253dc]>
    <path class="country other" d="M321.8,365.9L323.2,366.2L324.4,367.3L324,367.5L323.1,366.8L321.2,366Z">
    <path class="country other" d="M529.7,247.4L529.5,247.6L529.5,247.3L529.4,247.1L529.6,247.2L529.6,247.5L529.6,247.1L529.7,247.1Z">
    <path class="country other" d="M367.9,271.3L367.7,271.4L367.8,271.2L367.9,271.1L368,271.1Z">
    <path class="country other" d="M124.3,294.1L124.1,294L124.2,293.9Z">
    <path class="country other" d="M251.6,176L251.2,176.2L251.2,176.1L251.5,175.9L251.6,175.9Z">
    <path class="country other" d="M282.9,360L284.5,360.2L285,360.9L283.1,361.5ZM280.6,360.4L282.4,360.3L281.8,361.4L280.7,361.9L280.1,361.6L281,361Z">
    <path class="country other" d="M214.8,173L214.8,173L215,172.9L215.3,173L215.3,173.1L215.1,173.1L214.9,173.2L214.7,173.2L214.7,172.9Z">
    <path class="country other" d="M256,138.7L255.8,138.7L255.7,138.7L255.9,138.6L256.1,138.4L256.1,138.4Z">
    <path class="country other" d="M248.4,175.6L248.2,175.5L248.3,175.4L248.5,175.4Z">
    <path class="country other" d="M235.7,166.4L235.6,166.4L235.4,166.4L235.3,166.2L235.5,166.2L235.7,166.2Z">
    <path class="country other" d="M252.7,180.1L252.7,180.3L252.6,180.2L252.6,180.1L252.7,179.9Z">
    <path class="country other" d="M379.2,98L379.2,98.1L378.8,98.1L378.9,97.9L379.1,97.9Z">
    <path class="country other" d="M378.4,97.4L378.3,97.5L378.2,97.5L378.4,97.4Z">
    <path class="country other" d="M376.1,87.4L375.7,87.6L375.6,87.6L375.5,87.6L375.5,87.5L375.6,87.3L375.8,87.2L376,87L376.1,86.9L376.2,86.9L376.3,87.2Z">
    <path class="country other" d=[1061 chars #db5c68a4]>
    <path class="country other" d=[452 chars #acb04dc5]>
    <path class="country other" d=[1283 chars #2c18b45d]>
    <path class="country other" d=[451 chars #46f4d3a6]>
    <path class="country other" d=[765 chars #5bf2bc4a]>
    <path class="country other" d=[1126 chars #d60cb476]>
    <path class="country other" d=[568 chars #7ee060aa]>
    <path class="country other" d=[267 chars #8b2a906e]>
    <path class="country other" d="M752.5,285.4L752.7,285.3L752.6,285.4L752.4,285.7L752.3,285.6L752.1,285.4L752.1,285.3L752.3,285.2L752.3,285.3L752.5,285.4Z">
    <path class="country other" d=[495 chars #4cb7dc70]>
    <path class="country other" d=[472 chars #a46d23b0]>
    <path class="country other" d=[1208 chars #0c6b46dc]>
    <path class="country other" d=[809 chars #41dc0177]>
    <path class="country other" d=[921 chars #12a51a5b]>
    <path class="country other" d=[347 chars #34094a32]>
    <path class="country other tinted" d=[695 chars #899a2d8d]>
    <path class="country other" d=[785 chars #fc88fe15]>
    <path class="country other" d="M414.5,80.1L413.2,81.9L413.1,80.6ZM410.6,83.1L410.4,82.5L411.5,81.1ZM402.2,77.8L403,70L406.7,65.3L415.2,60.8L420.9,65.8L412.1,70.8L409.8,83.2L404.7,84.9Z">
    <path class="country other" d=[285 chars #4ba8b835]>
    <path class="country other" d=[457 chars #647cd3b3]>
    <path class="country other tinted" d=[633 chars #1378fa80]>
    <path class="country other tinted" d=[703 chars #4473724e]>
    <path class="country other" d=[385 chars #4a9612ec]>
    <path class="country other" d=[1131 chars #c5c5597d]>
    <path class="country other" d=[751 chars #94b36933]>
    <path class="country other" d=[1110 chars #5993e33f]>
    <path class="country other" d=[463 chars #364b5a64]>
    <path class="country other" d=[1648 chars #677772f4]>
    <path class="country other" d=[526 chars #a21e6664]>
    <path class="country other" d=[631 chars #86a08c8e]>
    <path class="country other" d="M595.7,223L595.4,223.2L595.1,223L595.2,222.8L595.4,222.7L595.7,222.8Z">
    <path class="country other" d=[554 chars #df4e4f5c]>
    <path class="country other" d="M494.7,239.9L494.7,240.2L494.6,240.1L494.6,239.9L494.4,239.7L494.6,239.5Z">
    <path class="country other" d=[941 chars #ba9521eb]>
    <path class="country other" d=[759 chars #e4682037]>
    <path class="country other" d=[746 chars #0e3fe13f]>
    <path class="country other" d="M393,226.4L392.8,226.6L392.7,226.4L392.6,226.1L392.8,225.8L393,225.6L393.1,225.6L393.2,225.8L393.2,226.1Z">
    <path class="country other" d="M404.5,110.1L404.4,110.1L404.3,110L404.4,109.9L404.5,109.9Z">
    <path class="country other" d=[270 chars #8275e754]>
    <path class="country other" d="M253.6,190L253.5,190L253.4,189.8L253.4,189.6L253.6,189.4L253.7,189.4L253.7,189.6L253.7,189.9Z">
    <path class="country other" d="M254.4,188.1L254.2,188.4L254,188.2L254,187.9L254.3,187.5L254.4,187.4L254.4,187.6Z">
    <path class="country other" d="M251.9,178.7L251.9,178.8L251.8,178.6L251.6,178.4L251.7,178.3L251.8,178.4Z">
    <path class="country other" d=[439 chars #77be6381]>
    <path class="country other" d=[5676 chars #2ffe8a43]>
    <path class="country other" d=[817 chars #4af4bcf7]>
    <path class="country other" d=[293 chars #c544d55c]>
    <path class="country other" d=[837 chars #0ca84f1e]>
    <path class="country other" d=[750 chars #09c6b4bc]>
    <path class="country other" d=[2461 chars #c626b27d]>
    <path class="country other" d=[881 chars #86278ac9]>
    <path class="country other" d=[437 chars #2d376343]>
    <path class="country other" d=[1301 chars #bf474bad]>
    <path class="country other" d=[989 chars #64c81aab]>
    <path class="country other" d="M658.6,206.1L658.4,206.1L658.4,205.9L658.3,205.6L658.4,205.4L658.5,205.4L658.6,205.1L658.6,205.3L658.6,205.7Z">
    <path class="country other tinted" d=[791 chars #256716e5]>
    <path class="country other" d=[567 chars #73fb87ab]>
    <path class="country other" d=[819 chars #8ca93920]>
    <path class="country other" d=[729 chars #3e60adea]>
    <path class="country other" d=[653 chars #39e84c3b]>
    <path class="country other" d=[521 chars #49c2a916]>
    <path class="country other" d=[561 chars #b4052bbf]>
    <path class="country other" d=[951 chars #10b6d5dd]>
    <path class="country other" d="M35.2,279.8L35.1,279.9L34.9,279.8L35,279.5L35.1,279.5L35.2,279.7Z">
    <path class="country other" d="M57.9,285.7L57.7,285.6L57.7,285.5L57.9,285.6Z">
    <path class="country other" d=[735 chars #e19c6cfb]>
    <path class="country other" d="M235.4,191.9L235.3,192L235.1,191.7L235.2,191.5L235.3,191.6Z">
    <path class="country other" d="M237.7,193L237.5,193.1L237.2,192.8L236.9,192.4L236.9,192.1L237.1,192.2L237.2,192.5L237.5,192.8Z">
    <path class="country other" d=[623 chars #5dc484f8]>
    <path class="country other" d="M727,228.2L726.9,228.3L726.9,228.2Z">
    <path class="country other" d=[393 chars #677e718c]>
    <path class="country other" d=[983 chars #4ebd06ec]>
    <path class="country other" d=[515 chars #63f0480b]>
    <path class="country other disputed" d=[295 chars #3fa850d3]>
    <path class="country other" d=[533 chars #36994792]>
    <path class="country other" d=[762 chars #ac48017d]>
    <path class="country other" d=[609 chars #7bbe59df]>
    <path class="country other" d="M395.4,110.5L395.3,110.5L395.4,110.5Z">
    <path class="country other" d=[1343 chars #1cf48c28]>
    <path class="country other" d=[201 chars #6c77c6f3]>
    <path class="country other" d=[459 chars #fe79c814]>
    <path class="country other" d="M408.7,129.6L408.6,129.7L408.4,129.7L408.2,129.6L408.2,129.3L408.4,129.4Z">
    <path class="country other" d=[875 chars #4a80bfab]>
    <path class="country other" d="M532.1,215.1L532.1,215L532.2,214.8Z">
    <path class="country other" d=[1242 chars #ca31851f]>
    <path class="country other" d=[673 chars #bb1e42b9]>
    <path class="country other" d=[529 chars #1f208c0a]>
    <path class="country other" d=[495 chars #d0a363c7]>
    <path class="country other" d=[255 chars #6bdc848b]>
    <path class="country other" d=[258 chars #f4acec1b]>
    <path class="country other" d="M399.3,102.8L399.1,102.8L399.1,102.6L399.2,102.3L399.2,102.6L399.3,102.7Z">
    <path class="country other" d=[547 chars #5f274742]>
    <path class="country other" d=[455 chars #c27ef80b]>
    <path class="country other" d=[299 chars #9927c21f]>
    <path class="country other tinted" d=[453 chars #311cead9]>
    <path class="country other" d="M427.2,84.4L424.2,82.9L419.6,82.9L418,83.5L418.9,80.6L422.1,81.8L423,80L424.2,79.6L427.9,80.7L429.6,83.4Z">
    <path class="country other" d=[879 chars #b82c9c13]>
    <path class="country other" d=[894 chars #8832f6f7]>
    <path class="country other" d=[346 chars #4cb56b8f]>
    <path class="country other disputed" d=[497 chars #e5c21e6b]>
    <path class="country other" d="M51.4,221.5L51.8,221.9L51.6,221.9L51.3,221.7L51,221.4L51,221.3L51.1,221.4L51.3,221.5L51.4,221.3L51.1,221L51.2,221L51.5,221.2Z">
    <path class="country other" d=[417 chars #469d984c]>
    <path class="country other" d=[1509 chars #bf833dc8]>
    <path class="country other tinted" d=[441 chars #697039f2]>
    <path class="country other" d=[1829 chars #5fdb8751]>
    <path class="country other" d=[397 chars #704eeb46]>
    <path class="country other" d=[1609 chars #f97bf485]>
    <path class="country other tinted" d=[667 chars #70c45af6]>
    <path class="country other disputed" d=[315 chars #7a69dc45]>
    <path class="country other" d=[762 chars #e9e0cbb8]>
    <path class="country other" d=[535 chars #6ef51225]>
    <path class="country other" d=[1056 chars #64db7712]>
    <path class="country other" d=[4798 chars #f446436d]>
    <path class="country other tinted" d=[2562 chars #92d6059c]>
    <path class="country other" d="M362.4,65.1L365,66.3L363.3,68L356.6,69.8L352.9,68.9L349.7,66.5L350.3,65.4Z">
    <path class="country other" d=[628 chars #b9d83d9a]>
    <path class="country other" d=[711 chars #1c572717]>
    <path class="country other" d=[682 chars #d126ffa8]>
    <path class="country other" d=[689 chars #0bc23936]>
    <path class="country other" d=[597 chars #ab03f432]>
    <path class="country other" d=[1001 chars #3d187f3d]>
    <path class="country other" d=[427 chars #850a6862]>
    <path class="country other" d="M252.1,193.2L252,193.2L252.2,192.7L252.3,192.5L252.4,192.6L252.3,193Z">
    <path class="country other" d=[1954 chars #f29ee841]>
    <path class="country other" d=[605 chars #65a4ba87]>
    <path class="country other" d=[1279 chars #08e42e9d]>
    <path class="country other" d=[691 chars #2c2ac507]>
    <path class="country other" d=[575 chars #bdf34dfc]>
    <path class="country other" d=[681 chars #ca5da45e]>
    <path class="country other" d=[1523 chars #3614d0e7]>
    <path class="country other" d="M283.3,103.3L283.1,103.4L283,103.4L283.2,103.1L283.3,102.8L283.3,102.7L283.4,102.8L283.4,102.9L283.3,103.1L283.3,103.3Z">
    <path class="country other" d="M752.9,266.7L752.7,266.7L752.7,266.5L752.8,266.5Z">
    <path class="country other" d="M251.5,176.5L251.3,176.5L251.4,176.3Z">
    <path class="country other" d="M251.8,177L251.7,176.9L251.9,176.9Z">
    <path class="country other" d="M75.6,276L75.9,276.1L76,276.3L76,276.4L75.8,276.4L75.6,276.1L75.3,276.1L75.1,276.1L74.9,275.8L74.9,275.5L75,275.4L75.3,275.5L75.5,275.7Z">
    <path class="country other" d=[745 chars #9f44e718]>
    <path class="country other" d="M502.5,355.2L503.2,354.9L503.2,355.6L504.5,355.1L504.1,355.9L503.2,356.1L503.6,356.5L502,356.2L501.3,356.4L501.8,355.1L502.6,354.2Z">
    <path class="country other" d="M415.6,75.3L415.7,75.8L415.1,75.5Z">
    <path class="country other" d="M420.9,65.8L415.2,60.8L427.1,60.8L430.2,69.2L432.8,70.7L427.8,75L420.4,76.3L417,71.2Z">
    <path class="country other" d=[313 chars #bb107bd9]>
    <path class="country other" d=[759 chars #7ccdffb5]>
    <path class="country other" d="M427.9,80.7L424.2,79.6L423,80L421.4,77.5L424.4,76.6L428.4,76.9ZM420.1,78.5L421.2,78.8L419.5,79.4ZM420.5,78.2L419.1,77.9L419.9,77.7Z">
    <path class="country other" d=[666 chars #836e2a89]>
    <path class="country other" d=[318 chars #2fe3b195]>
    <path class="country other" d=[437 chars #69e25ee1]>
    <path class="country other tinted" d=[299 chars #b72f8fff]>
    <path class="country other" d=[783 chars #506010f5]>
    <path class="country other" d=[563 chars #be661329]>
    <path class="country other" d="M254,184.2L253.8,184.3L253.8,183.8L253.7,183.4L253.7,183.2L254,183.3L254.1,183.4L254.1,183.9Z">
    <path class="country other" d=[393 chars #85de2d7e]>
    <path class="country other" d=[748 chars #3115990e]>
    <path class="country other" d="M374.5,71.9L374.3,72.3L373.7,71.8Z">
    <path class="country other" d=[363 chars #0a8901c4]>
    <path class="country other" d=[609 chars #24f6b169]>
    <path class="country other tinted" d=[439 chars #ba398212]>
    <path class="country other" d=[920 chars #97f74753]>
    <path class="country other" d=[1327 chars #9a1777c5]>
    <path class="country other" d=[675 chars #5530373d]>
    <path class="country other" d=[633 chars #cfb21c76]>
    <path class="country other tinted" d=[1247 chars #cad2bc6b]>
    <path class="country other" d=[791 chars #1cdfcbcf]>
    <path class="country other" d="M469,260L469,260L468.7,259.9L468.5,259.6L468.6,258.7L468.7,258.5L468.9,258.6L468.9,259.2L469.1,259.9Z">
    <path class="country other" d=[869 chars #3c6e84af]>
    <path class="country other" d=[3626 chars #19ec4bff]>
    <path class="country other" d="M607.9,165.3L608,165.1L608,165.2Z">
    <path class="country other" d="M608.8,164.4L608.9,164.3L609.2,164.3L609.3,164.6L609.5,164.7L609.4,164.8L609.4,165L608.9,164.8L608.7,164.8L608.6,164.6L608.8,164.5Z">
    <path class="country other" d=[1691 chars #c5954340]>
    <path class="country other" d=[503 chars #b1ed1fae]>
    <path class="country other tinted" d=[615 chars #42b55531]>
    <path class="country other" d=[293 chars #facee0d9]>
    <path class="country other" d=[5362 chars #58aa5879]>
    <path class="country other" d=[655 chars #e6bf3ca3]>
    <path class="country other" d=[645 chars #778e2b91]>
    <path class="country other" d=[1014 chars #8c70c646]>
    <path class="country other" d=[405 chars #41cfea74]>
    <path class="country other" d=[657 chars #74768014]>
    <path class="country other" d=[569 chars #1dd3bee7]>
    <path class="country other" d=[346 chars #01116d52]>
    <path class="country other" d=[2545 chars #0b6d1422]>
    <path class="country other" d=[405 chars #6fd3c0d9]>
    <path class="country other" d=[681 chars #85af14a1]>
    <path class="country other" d=[553 chars #be803b18]>
    <path class="country other" d=[439 chars #b330403a]>
    <path class="country other" d=[505 chars #997a69ea]>
    <path class="country other" d=[301 chars #9f8da0b4]>
    <path class="country other" d=[630 chars #9ad1f4f7]>
    <path class="country other" d=[548 chars #78ed186e]>
    <path class="country other" d="M257,190.2L257,190.2L256.8,190.1L256.7,190L256.8,189.6L256.9,189.5L257.1,189.9L257.2,190Z">
    <path class="country other" d=[1042 chars #8bea325b]>
    <path class="country other" d="M480.5,155.4L480.5,155.6L480.4,155.5L480.2,155.2L480.2,154.9L480.1,154.6L480.1,154.5L480.4,154.5L480.3,154.6L480.4,154.8L480.5,155.1Z">
    <path class="country other" d=[1796 chars #0cd0f841]>
    <path class="country other" d=[1061 chars #69af4537]>
    <path class="country other" d=[860 chars #d17441c2]>
    <path class="country other" d=[2079 chars #659f7cd8]>
    <path class="country other" d="M506.6,363.9L506.2,364L506,363.6Z">
    <path class="country other" d="M709.1,306.3L709.2,306.4L709,306.5Z">
    <path class="country other" d=[658 chars #493c351f]>
    <path class="country other" d=[1246 chars #f6acdcc9]>
    <path class="country other" d="M253.7,179.3L253.6,179.4L253.4,179.4L253.4,179.1L253.6,178.9L253.8,179.1Z">
    <path class="country other" d=[478 chars #eca4835f]>
    <path class="country other" d="M384.9,113.4L384.7,113.5L384.5,113.6L384.4,113.5L384.4,113.2L384.6,113.1L384.9,113.2L385,113.3Z">
    <path class="country other" d=[719 chars #760c41f4]>
    <path class="country other" d=[617 chars #2f231e8f]>
    <path class="country other" d=[805 chars #47bb9420]>
    <path class="country other" d=[3625 chars #224d29c7]>
    <path class="country other" d="M251.3,176.5L251.5,176.5L251.4,176.6Z">
    <path class="outline" d=[43153 chars #1a2fdb3c]>
  <g class="leaders">
    <line x1="438.2" x2="467.8" y1="199.9" y2="190.2">
    <circle cx="438.2" cy="199.9" r="1.5">
    <line x1="449.7" x2="452.6" y1="136.2" y2="152.7">
    <circle cx="449.7" cy="136.2" r="1.5">
    <line x1="444.2" x2="452.4" y1="131.4" y2="121.1">
    <circle cx="444.2" cy="131.4" r="1.5">
    <line x1="448.7" x2="459.4" y1="140" y2="125.4">
    <circle cx="448.7" cy="140" r="1.5">
  <g class="marks">
    <g class="mark mission type-multidimensional" data-key="monusco" style="transform: translate(411.1px, 238.9px) scale(1.4)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-multidimensional" data-key="minusca" style="transform: translate(417.8px, 214.4px) scale(1.4)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-multidimensional" data-key="unmiss" style="transform: translate(444.9px, 213.1px) scale(1.3)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-traditional" data-key="unifil" style="transform: translate(448.2px, 136.6px) scale(1.1)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-traditional" data-key="unisfa" style="transform: translate(467.8px, 190.2px) scale(0.8)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-traditional" data-key="minurso" style="transform: translate(354.3px, 152.1px) scale(0.5)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-multidimensional unknown" data-key="unmik" style="transform: translate(420.3px, 113px) scale(0.4)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-traditional dated" data-key="undof" style="transform: translate(452.6px, 152.7px) scale(0.4)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-traditional dated" data-key="unficyp" style="transform: translate(452.4px, 121.1px) scale(0.3)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-observer dated" data-key="unmogip" style="transform: translate(520.8px, 135px) scale(0.3)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
    <g class="mark mission type-observer dated" data-key="untso" style="transform: translate(459.4px, 125.4px) scale(0.3)">
      <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <g class="labels">
    <text class="label multidimensional" text-anchor="start" x="428.3" y="243.1"> MONUSCO
    <text class="label multidimensional" text-anchor="end" x="400.8" y="218.6"> MINUSCA
    <text class="label multidimensional" text-anchor="start" x="460.8" y="217.3"> UNMISS
    <text class="label traditional" text-anchor="start" x="462" y="140.8"> UNIFIL
    <text class="label traditional" text-anchor="start" x="478.6" y="194.4"> UNISFA
    <text class="label traditional" text-anchor="start" x="362" y="156.3"> MINURSO
    <text class="label multidimensional" text-anchor="end" x="413.3" y="117.2"> UNMIK
    <text class="label traditional" text-anchor="start" x="459.4" y="156.9"> UNDOF
    <text class="label traditional" text-anchor="middle" x="452.4" y="111.9"> UNFICYP
    <text class="label observer" text-anchor="start" x="526.8" y="139.2"> UNMOGIP
<svg aria-label="Mission types, Multidimensional, Traditional, Observer, Strength figure over a year older than the map’s date" class="legend" height="65" part="legend" role="img" text-anchor="start" width="720">
  <text class="legend-title" x="0" y="13"> Mission types
  <g class="mark mission type-multidimensional" transform="translate(8,29) scale(0.7)">
    <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <text x="21" y="33"> Multidimensional
  <g class="mark mission type-traditional" transform="translate(156.2,29) scale(0.7)">
    <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <text x="169.2" y="33"> Traditional
  <g class="mark mission type-observer" transform="translate(268.4,29) scale(0.7)">
    <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <text x="281.4" y="33"> Observer
  <g class="mark mission type-dated dated" transform="translate(8,49) scale(0.7)">
    <path class="symbol" d="M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0">
  <text x="21" y="53"> Strength figure over a year older than the map’s date
  <text class="legend-title" x="427" y="13"> Strength
  <circle class="size" cx="442.9" cy="42.1" r="14.9">
  <line class="leader" x1="442.9" x2="464.8" y1="27.2" y2="27.2">
  <text x="466.8" y="31.2"> 20,000
  <circle class="size" cx="442.9" cy="49.5" r="7.5">
  <line class="leader" x1="442.9" x2="464.8" y1="42.1" y2="42.1">
  <text x="466.8" y="46.1"> 5,000
  <circle class="size" cx="442.9" cy="53.7" r="3.3">
  <line class="leader" x1="442.9" x2="464.8" y1="50.3" y2="56.1">
  <text x="466.8" y="60.1"> 1,000`;
/* end snapshot map-world (gecko) */

