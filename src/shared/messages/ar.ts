/** العربية: the kit's own strings. Keys left out fall back to English; keep the shape of en.ts. */
import type { Translation } from './translation.js';
import { listFormat, pluralRules } from '../../model/intl.js';

const rules = pluralRules('ar');
/**
 * The form for `n`. Arabic has six: zero (0), one (1), two (2), few (3–10, 103–110…), many (11–99,
 * 111–199…), other (100–102, 200…). By Arabic usage one and two name the noun without the digit
 * («موقع واحد», «موقعان»); few takes the plural, many the singular in the accusative («موقعًا»),
 * other the singular in the genitive («موقع»).
 */
const plural = (n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string =>
  forms[rules.select(n)] ?? forms.other;

/** Levels, as indefinite adjectives, by id. */
const levels: Record<string, string> = {
  political: 'سياسي',
  operational: 'تنفيذي',
  technical: 'تقني',
  national: 'وطني',
  'sub-national': 'دون وطني',
  local: 'محلي',
};
/** The same adjectives with the article, for «على المستوى …»; keyed by id and by indefinite label. */
const levelsDefinite: Record<string, string> = {
  political: 'السياسي',
  operational: 'التنفيذي',
  technical: 'التقني',
  national: 'الوطني',
  'sub-national': 'دون الوطني',
  local: 'المحلي',
};
for (const [id, label] of Object.entries(levels)) levelsDefinite[label] = levelsDefinite[id];

/** «N مسؤولية» as a subject (nominative). */
const responsibilities = (n: number): string =>
  plural(n, { zero: 'أي مسؤولية', one: 'مسؤولية واحدة', two: 'مسؤوليتان', few: `${n} مسؤوليات`, many: `${n} مسؤولية`, other: `${n} مسؤولية` });
/** «N عنصر» as a subject (nominative). */
const items_ = (n: number): string =>
  plural(n, { zero: 'أي عنصر', one: 'عنصر واحد', two: 'عنصران', few: `${n} عناصر`, many: `${n} عنصرًا`, other: `${n} عنصر` });

export const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  loading: 'جارٍ تحميل مصدر البيانات…',
  noFeed: 'لا يوجد مصدر بيانات بعد: عيِّن src أو data، أو أضف نصًّا برمجيًّا مضمَّنًا بتنسيق JSON.',
  loadFailed: 'تعذّر تحميل مصدر البيانات.',
  feedInvalid: 'يتعذّر عرض مصدر البيانات هذا.',
  wholeFeed: 'مصدر البيانات',
  retry: 'إعادة المحاولة',
  moreProblems: (n: number) =>
    plural(n, {
      zero: '…ولا توجد مشكلات أخرى.',
      one: '…وهناك مشكلة أخرى.',
      two: '…وهناك مشكلتان أخريان.',
      few: `…وهناك ${n} مشكلات أخرى.`,
      many: `…وهناك ${n} مشكلة أخرى.`,
      other: `…وهناك ${n} مشكلة أخرى.`,
    }),
  loadingProgress: (read: string, total: string) => total ? `${read} من ${total} ميغابايت` : `${read} ميغابايت`,
  fetch: {
    status: (url: string, status: string) => `أجاب الخادم بالرمز ${status} على الطلب ${url}.`,
    timeout: (url: string, seconds: number) => `لم يُجب ${url} خلال ${seconds} ثانية.`,
    unreachable: (url: string, why: string) => `تعذّر الوصول إلى ${url} (${why}).`,
    tooBig: (url: string, mb: number) => `حجم ${url} يتجاوز ${mb} ميغابايت؛ ينبغي أن يكون مصدر البيانات أصغر من ذلك بكثير.`,
    webPage: (url: string) => `أجاب الخادم بصفحة ويب بدلًا من مصدر البيانات، وقد تكون صفحة تسجيل دخول؛ سجِّل الدخول إلى ذلك الموقع في هذا المتصفح، ثم أعد المحاولة (${url}).`,
    notJSON: (url: string, why: string) => `${url} ليس بتنسيق JSON: ${why}`,
  },
  embedNoSource: 'يعرض هذا التضمين مصدر بيانات يُحدَّد بعنوانه: أضف src=https://… (عنوان http أو https لمصدر البيانات) إلى عنوان URL الخاص بالتضمين.',
  ongoing: 'حتى الآن',

  problems: {
    summary: (n: number) =>
      plural(n, {
        zero: 'لم يتعذّر عرض أي إدخال من مصدر البيانات',
        one: 'تعذّر عرض إدخال واحد من مصدر البيانات',
        two: 'تعذّر عرض إدخالين من مصدر البيانات',
        few: `تعذّر عرض ${n} إدخالات من مصدر البيانات`,
        many: `تعذّر عرض ${n} إدخالًا من مصدر البيانات`,
        other: `تعذّر عرض ${n} إدخال من مصدر البيانات`,
      }),
    intro: 'يُعرض الباقي. وفيما يلي مواضع الأخطاء في مصدر البيانات:',
    strict: 'هذا العنصر صارم: لا يعرض مصدر البيانات إلا إذا خلا من الأخطاء.',
  },
  exportBlocked: (format: string) => `تعذّر إنشاء ملف ${format}: سياسة أمان هذه الصفحة (Content-Security-Policy) تحظر الصور التي يُرسَم بها (عناوين blob: وdata:).`,
  exportFailed: (format: string, reason: string) => `تعذّر إنشاء ملف ${format}: ${reason}`,
  dismiss: 'إغلاق',
  languageFailed: (language: string) => `تعذّر تحميل نصوص اللغة ${language}؛ لذا يُعرض هذا باللغة الإنكليزية.`,

  // <pk-mission-map>
  map: {
    disclaimer: 'إن الحدود والأسماء المبينة والتسميات المستخدمة في هذه الخريطة لا تعني إقرارها أو قبولها رسميًا من جانب الأمم المتحدة.',
    noMission: (id: string) => `لا يتضمن مصدر البيانات هذا البعثة «${id}».`,
    noMissions: 'لا يتضمن مصدر البيانات هذا أي بعثات يمكن عرضها على الخريطة.',
    noSites: (acronym: string) => `لا يتضمن مصدر البيانات هذا أي مواقع لبعثة ${acronym}.`,
    noSitesOn: (acronym: string, date: string) => `لم تكن لبعثة ${acronym} أي مواقع قائمة في ${date}.`,
    noMissionsOn: (date: string) => `لم تكن أي بعثة من بعثات مصدر البيانات هذا قائمة في ${date}.`,
    worldLabel: (n: number, date: string) =>
      `خريطة العالم: ${plural(n, {
        zero: 'لا توجد بعثات قائمة',
        one: 'بعثة واحدة قائمة',
        two: 'بعثتان قائمتان',
        few: `${n} بعثات قائمة`,
        many: `${n} بعثة قائمة`,
        other: `${n} بعثة قائمة`,
      })} في ${date}.`,
    missionLabel: (acronym: string, n: number, date: string) =>
      `خريطة بعثة ${acronym}: ${plural(n, {
        zero: 'لا توجد مواقع قائمة',
        one: 'موقع واحد قائم',
        two: 'موقعان قائمان',
        few: `${n} مواقع قائمة`,
        many: `${n} موقعًا قائمًا`,
        other: `${n} موقع قائم`,
      })} في ${date}.`,
    keysHelp: 'استخدم مفاتيح الأسهم للتنقل بين العلامات، ومفتاح Enter للتحديد أو لفتح مجموعة، ومفتاحَي + و− للتكبير والتصغير، ومفتاح Shift مع الأسهم لتحريك الخريطة، ومفتاح 0 لإعادة ضبط العرض.',
    caption: (acronym: string, date: string) => `انتشار بعثة ${acronym} في ${date}`,
    worldCaption: (date: string) => `عمليات السلام القائمة في ${date}`,
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    reset: 'إعادة ضبط العرض',
    wheelHint: 'اضغط باستمرار على Ctrl (أو ⌘ في أجهزة Mac) ومرّر العجلة لتكبير الخريطة أو تصغيرها، أو انقر على الخريطة أولًا.',
    showTable: 'العرض في جدول',
    hideTable: 'إخفاء الجدول',
    cluster: (n: number) =>
      `${plural(n, {
        zero: 'لا توجد مواقع هنا.',
        one: 'يوجد هنا موقع واحد.',
        two: 'يوجد هنا موقعان.',
        few: `يوجد هنا ${n} مواقع.`,
        many: `يوجد هنا ${n} موقعًا.`,
        other: `يوجد هنا ${n} موقع.`,
      })} اضغط Enter أو انقر للتكبير.`,
    clusterName: (n: number) =>
      plural(n, {
        zero: 'مجموعة بلا مواقع',
        one: 'مجموعة من موقع واحد',
        two: 'مجموعة من موقعين',
        few: `مجموعة من ${n} مواقع`,
        many: `مجموعة من ${n} موقعًا`,
        other: `مجموعة من ${n} موقع`,
      }),
    personnel: 'الأفراد',
    personnelUnknown: 'عدد الأفراد غير محدد',
    estimate: 'رقم تقديري',
    asOf: (date: string) => `في ${date}`,
    // After a formatted number, whatever the number: «1٬200 من الأفراد العسكريين».
    troops: 'من الأفراد العسكريين',
    police: 'من أفراد الشرطة',
    observers: 'من المراقبين',
    civilians: 'من الموظفين المدنيين',
    open: 'فترة العمل',
    units: 'الوحدات',
    contributors: 'البلدان المساهمة',
    countries: 'البلدان المضيفة',
    strength: 'القوام',
    strengthUnknown: 'القوام غير محدد',
    type: 'النوع',
    site: 'الموقع',
    mission: 'البعثة',
    dates: 'الفترة',
    legendTypes: 'أنواع المواقع',
    legendMissionTypes: 'أنواع البعثات',
    missionTypeUnknown: 'النوع غير محدد',
    legendSizes: 'الأفراد',
    legendStrength: 'القوام',
    unknownType: 'أخرى',
    tableCaption: (what: string, date: string) => `${what}، ${date}`,
    unknownCountry: (acronym: string, code: string) => `بعثة ${acronym}: رمز البلد ${code} غير موجود في الخريطة الأساسية؛ لذا لم يُلوَّن البلد.`,
    badCoordinates: (name: string, at: string) => `تقع إحداثيات «${name}» (${at}) خارج الكرة الأرضية، ولذا لم يُرسَم.`,
    badAreas: (acronym: string) => `بعثة ${acronym}: تعذّرت قراءة مناطق المسؤولية، ولذا لم تُرسَم.`,
    basemapFailed: (url: string) => `تعذّر تحميل الخريطة الأساسية ${url}؛ لذا تُعرض الخريطة الأساسية المدمجة.`,
    lifeCaption: (acronym: string, range: string, n: number) => `بعثة ${acronym}، ${range}: ${n} من المواقع طوال مدة البعثة`,
    lifeLabel: (acronym: string, n: number, range: string) => `خريطة بعثة ${acronym}: ${n} من المواقع طوال مدة البعثة، ${range}.`,
    peakPersonnel: 'أكبر عدد من الأفراد',
    legendClosedEarly: 'أُغلق قبل انتهاء البعثة',
    legendOldFigure: 'رقم القوام يسبق تاريخ الخريطة بأكثر من سنة',
    oldFigure: (years: number) => `قبل تاريخ الخريطة بـ ${years} سنة`,
    detailFailed: (why: string) => `تعذّر تحميل الخريطة التفصيلية؛ لذا تُعرض الخريطة الأساسية المبسّطة. ${why}`,
    loadingMap: 'جارٍ تحميل الخريطة…',
    mapCredit: 'بيانات الخريطة: Natural Earth؛ المدن: GeoNames (CC BY 4.0).',
    kilometres: (n: string) => `${n} كم`,
    authorizedNote: '، القوام المأذون به',
    /** A strength line's name in the tooltip and table: authorized ceiling or deployed strength. */
    strengthKind: (kind: string) => (kind === 'authorized' ? 'القوام المأذون به' : 'القوام المنتشر'),
    siteTypes: {
      'mission-hq': 'مقر البعثة',
      'sector-hq': 'مقر القطاع',
      'team-site': 'موقع فريق',
      base: 'قاعدة',
      police: 'الشرطة',
      observer: 'المراقبون',
      logistics: 'اللوجستيات',
      liaison: 'مكتب اتصال',
    },
    missionTypes: {
      multidimensional: 'بعثة متعددة الأبعاد',
      traditional: 'بعثة تقليدية',
      observer: 'بعثة مراقبين',
      political: 'بعثة سياسية',
    },
  },

  // <pk-sector-matrix>
  matrix: {
    caption: (date: string) => `الأدوار المضطلع بها في كل قطاع من قطاعات بناء السلام، حسب الجهة الفاعلة، في ${date}`,
    captionCompare: (before: string, after: string) => `الأدوار المضطلع بها في كل قطاع من قطاعات بناء السلام، حسب الجهة الفاعلة: التغييرات بين ${before} و${after}`,
    sectorHeader: 'القطاع',
    sortLabel: 'فرز الصفوف',
    sortArea: 'حسب مجال الأولوية',
    sortRoles: 'حسب عدد الأدوار',
    sortAlpha: 'من أ إلى ي',
    actorsLabel: 'الجهات الفاعلة',
    rolesLabel: 'الأدوار',
    changesLabel: 'التغييرات',
    levelsLabel: 'المستوى',
    showAll: 'عرض الكل',
    exportSvg: 'SVG',
    exportPng: 'PNG',
    exportLabel: 'تنزيل',
    noRole: 'لا دور',
    cellLabel: (sector: string, actor: string, roles: string) => `${sector}، ${actor}: ${roles}`,
    // Nouns, not verbs: they follow a role's name, which may be masculine or feminine («التنفيذ بدء»).
    marks: {
      held: '',
      continued: '',
      begun: 'بدء',
      ended: 'انتهاء',
      'moved-out': 'تسليم',
      'moved-in': 'تسلُّم',
      'transferred-out': 'نُقلت',
      'transferred-in': 'تولّاها بالنقل',
    },
    markLegend: {
      begun: 'بدء الدور',
      ended: 'انتهاء الدور',
      'moved-out': 'تسليم الدور إلى جهة فاعلة أخرى',
      'moved-in': 'تسلُّم الدور من جهة فاعلة أخرى',
      'transferred-out': 'نُقلت إلى جهة فاعلة أخرى (كما يذكر المصدر)',
      'transferred-in': 'تولّاها بالنقل',
    },
    movedTo: (actor: string) => `تسليم إلى ${actor}`,
    movedFrom: (actor: string) => `تسلُّم من ${actor}`,
    transferredTo: (actors: string) => `نُقلت إلى ${actors}`,
    transferredFrom: (actor: string) => `تولّاها بالنقل من ${actor}`,
    /** Names joined as a list ("SLP and RSLAF"). */
    list: (names: string[]) => listFormat('ar', { type: 'conjunction' }).format(names),
    levelShort: levels, // the adjectives are short already
    summaryAt: (n: number, actors: number, sectors: number, date: string) =>
      plural(n, {
        zero: `لا توجد أي مسؤوليات في ${date}.`,
        other: `في ${date}، تضطلع ${plural(actors, {
          one: 'جهة فاعلة واحدة',
          two: 'جهتان فاعلتان',
          few: `${actors} جهات فاعلة`,
          many: `${actors} جهة فاعلة`,
          other: `${actors} جهة فاعلة`,
        })} ${plural(n, {
          one: 'بمسؤولية واحدة',
          two: 'بمسؤوليتين',
          few: `بـ${n} مسؤوليات`,
          many: `بـ${n} مسؤولية`,
          other: `بـ${n} مسؤولية`,
        })} في ${plural(sectors, {
          one: 'قطاع واحد',
          two: 'قطاعين',
          few: `${sectors} قطاعات`,
          many: `${sectors} قطاعًا`,
          other: `${sectors} قطاع`,
        })}.`,
      }),
    summaryBetween: (before: string, after: string) => `من ${before} إلى ${after}: `,
    summaryParts: (parts: string[]) => `${parts.join('؛ ')}.`,
    transfers: (n: number, from: string, to: string) =>
      `${n === 0 ? 'لا تُنقل' : 'تُنقل'} ${responsibilities(n)} من ${from} إلى ${to}`,
    moves: (n: number, from: string, to: string) =>
      `${n === 0 ? 'لا تنتقل' : 'تنتقل'} ${responsibilities(n)} من ${from} إلى ${to}`,
    ends: (n: number) => `${n === 0 ? 'لا تنتهي' : 'تنتهي'} ${responsibilities(n)}`,
    begins: (n: number) => `${n === 0 ? 'لا تبدأ' : 'تبدأ'} ${responsibilities(n)}`,
    noChange: 'لا تغييرات في المسؤوليات',
    nationalActors: 'الجهات الفاعلة الوطنية',
    otherActors: 'عدة جهات فاعلة',
    empty: (mission: string | undefined, date: string) =>
      `لا يتضمن مصدر البيانات هذا أي مسؤوليات${mission ? ` لبعثة ${mission}` : ''} في ${date}.`,
    emptyFeed: 'لا يتضمن مصدر البيانات هذا أي مسؤوليات.',
    noMatch: 'لا توجد مسؤوليات تطابق عوامل التصفية هذه.',
    areaToggle: (area: string, n: number) =>
      `${area} (${plural(n, {
        zero: 'لا قطاعات',
        one: 'قطاع واحد',
        two: 'قطاعان',
        few: `${n} قطاعات`,
        many: `${n} قطاعًا`,
        other: `${n} قطاع`,
      })})`,
    detailsHint: 'ضع المؤشر على خلية أو انتقل إليها بلوحة المفاتيح لعرض أدوارها وملاحظاتها ومصادرها.',
    detailsEmpty: (sector: string, actor: string) => `ليس للجهة الفاعلة «${actor}» أي دور في قطاع «${sector}» في هذا التاريخ.`,
    sources: 'المصادر',
    level: 'المستوى',
    atLevel: (level: string) => (levelsDefinite[level] ? `على المستوى ${levelsDefinite[level]}` : `على مستوى «${level}»`),
    unmarkedLevel: (level: string) => `بلا علامة: ${levels[level] ?? level}`,
    areas: {
      'safety-security': 'السلامة والأمن الأساسيان',
      'political-processes': 'العمليات السياسية الشاملة للجميع',
      'basic-services': 'تقديم الخدمات الأساسية',
      'core-government': 'المهام الحكومية الأساسية',
      'economic-revitalization': 'الإنعاش الاقتصادي',
    },
    sectors: {
      ssr: 'إصلاح قطاع الأمن',
      ddr: 'نزع السلاح والتسريح وإعادة الإدماج',
      'mine-action': 'الإجراءات المتعلقة بالألغام',
      police: 'الشرطة',
      'justice-corrections': 'العدالة والمؤسسات الإصلاحية',
      'rule-of-law': 'سيادة القانون',
      'protection-of-civilians': 'حماية المدنيين',
      'ceasefire-border-monitoring': 'رصد وقف إطلاق النار والحدود',
      'human-rights': 'حقوق الإنسان',
      'political-facilitation': 'تيسير العملية السياسية',
      elections: 'الانتخابات',
      'democratic-institutions': 'المؤسسات الديمقراطية',
      'civil-affairs': 'الشؤون المدنية',
      'return-reintegration': 'العودة وإعادة الإدماج',
      'basic-services': 'الخدمات الأساسية',
      infrastructure: 'البنية التحتية',
      'civil-administration': 'الإدارة المدنية',
      'public-finance': 'المالية العامة',
      employment: 'العمالة',
      'economic-revitalization': 'الإنعاش الاقتصادي',
    },
    roles: {
      lead: 'القيادة',
      articulate: 'صياغة الأولويات',
      enable: 'التمكين',
      implement: 'التنفيذ',
      support: 'الدعم',
      fund: 'التمويل',
      monitor: 'الرصد',
    },
    roleDescriptions: {
      lead: 'تتولى زمام الجهد وتقوده (الملكية الوطنية)',
      articulate: 'تساعد على صياغة الأولويات بدعم توافق الآراء بين الشركاء الوطنيين والدوليين، وتوجّه الاستراتيجية؛ والجهات الوطنية هي التي تحدد الأولويات',
      enable: 'المظلة الأمنية، والحيز السياسي، والدعم اللوجستي، والتنسيق',
      implement: 'تنفذ المهمة مباشرةً',
      support: 'تساعد جهة فاعلة أخرى تتولى القيادة',
      fund: 'تموّل الجهد',
      monitor: 'ترصد الالتزامات وتُبلغ عنها',
    },
    actorTypes: {
      'national-government': 'الحكومة الوطنية',
      'national-civil-society': 'المجتمع المدني الوطني',
      mission: 'عمليات السلام',
      'un-entity': 'كيانات الأمم المتحدة',
      ifi: 'المؤسسات المالية الدولية',
      regional: 'المنظمات الإقليمية',
      bilateral: 'الشركاء الثنائيون',
      ngo: 'المنظمات غير الحكومية',
      other: 'جهات أخرى',
    },
    levels,
  },

  // <pk-peacebuilding-timeline>
  timeline: {
    chart: (mission: string) => `الجدول الزمني لبناء السلام في بعثة ${mission}: قبل البعثة وأثناءها وبعدها`,
    continuing: (mission: string, items: number, tracks: number) =>
      items === 0
        ? `لا يستمر أي عنصر بعد مغادرة بعثة ${mission}`
        : `يستمر ${items_(items)} في ${plural(tracks, {
          one: 'مسار واحد',
          two: 'مسارين',
          few: `${tracks} مسارات`,
          many: `${tracks} مسارًا`,
          other: `${tracks} مسار`,
        })} بعد مغادرة بعثة ${mission}`,
    deployed: (mission: string) => `لا تزال بعثة ${mission} منتشرة`,
    afterDeparture: 'بعد المغادرة',
    departs: (mission: string) => `مغادرة بعثة ${mission}`,
    asOf: (date: string) => `في ${date}`,
    ongoing: 'حتى الآن',
    ongoingSince: (date: string) => `منذ ${date} وحتى الآن`,
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    showAll: 'عرض الكل',
    date: 'التاريخ',
    cursor: 'مؤشر التاريخ',
    keys: 'استخدم مفاتيح الأسهم للتنقل بين العناصر، ومفتاحَي + و− للتكبير والتصغير، ومفتاح Enter للتحديد. وعلى مؤشر التاريخ، تحرّكه الأسهم شهرًا، وتحرّكه الأسهم مع مفتاح Shift سنةً.',
    groups: {
      mission: 'البعثة',
      political: 'الشؤون السياسية',
      peacebuilding: 'بناء السلام',
      development: 'التنمية',
      humanitarian: 'الشؤون الإنسانية',
      funding: 'التمويل',
    },
    groupSummary: (lanes: number, items: number) =>
      `${plural(lanes, {
        zero: 'لا صفوف',
        one: 'صف واحد',
        two: 'صفان',
        few: `${lanes} صفوف`,
        many: `${lanes} صفًا`,
        other: `${lanes} صف`,
      })}، ${items === 0 ? 'لا عناصر' : items_(items)}`,
    expand: (group: string) => `إظهار «${group}»`,
    collapse: (group: string) => `إخفاء «${group}»`,
    events: 'الأحداث',
    list: (n: number) => `جميع العناصر والأحداث (${n}) في جدول`,
    columns: { lane: 'الصف', item: 'العنصر', from: 'البداية', to: 'النهاية', status: 'الحالة', amount: 'المبلغ' },
    reliability: 'درجة الموثوقية',
    reliabilities: { assured: 'مضمون', committed: 'ملتزم به', pledged: 'معلن عنه', projected: 'متوقع' },
    fundingGap: (received: string, required: string, share: string) => `ورد ${received} من أصل ${required} مطلوبة (${share})`,
    fundingRequired: (required: string) => `المطلوب ${required}؛ ولم يُذكر المبلغ الوارد`,
    fundingLegend: 'التمويل: المطلوب (الإطار) والوارد (الشريط الممتلئ)',
    strength: (kind: string) => (kind === 'authorized' ? 'القوام المأذون به' : 'القوام المنتشر'),
    strengthAt: (total: string, kind: string) => (kind === 'authorized' ? `القوام المأذون به: ${total}` : `القوام المنتشر: ${total}`),
    /** The label of the strength band's row. */
    strengthRow: 'القوام',
    /** After a figure that is an estimate (Geo-PKO's unit sizes), not a headcount. */
    estimate: 'رقم تقديري',
    resolution: (n: string) => `القرار ${n}`,
    handover: 'تسليم المهام',
    mandates: 'الولايات',
    phases: 'المراحل',
    legend: {
      mission: 'البعثة ومراحلها',
      presence: 'الوجود السابق واللاحق',
      after: 'بعد المغادرة',
      ongoing: 'مستمر',
      funding: 'التمويل',
    },
    phaseKinds: {
      'start-up': 'بدء العمل',
      consolidation: 'التوطيد',
      drawdown: 'التقليص',
      withdrawal: 'الانسحاب',
      liquidation: 'التصفية',
    },
    presenceKinds: {
      peacekeeping: 'عملية حفظ السلام',
      'political-mission': 'بعثة سياسية',
      'peacebuilding-office': 'مكتب بناء السلام',
      'country-team': 'فريق الأمم المتحدة القطري',
      'regional-force': 'قوة إقليمية',
      other: 'وجود آخر',
    },
    itemStatuses: { planned: 'مُخطَّط', ongoing: 'قيد التنفيذ', completed: 'مُنجَز', cancelled: 'مُلغى' },
    eventKinds: {
      agreement: 'اتفاق',
      election: 'انتخابات',
      resolution: 'قرار',
      milestone: 'مَعلم رئيسي',
      crisis: 'أزمة',
      departure: 'مغادرة',
      other: 'حدث',
    },
    noMissions: 'لا يتضمن مصدر البيانات هذا أي بعثات يمكن رسم جدول زمني لها.',
    noMission: (id: string) => `لا يتضمن مصدر البيانات هذا البعثة «${id}».`,
  },

  // <pk-briefing>
  briefing: {
    controls: 'عناصر التحكم في الإحاطة',
    stepOf: (n: number, count: number) => `الخطوة ${n} من ${count}`,
    previous: 'السابق',
    next: 'التالي',
    fullscreen: 'ملء الشاشة (F)',
    exportPng: 'تصدير بصيغة PNG',
    asOf: (date: string) => `الوضع في ${date}`,
  },
};
