// Kazakh phrases for Decap CMS's own interface (buttons, menus, messages, the editorial workflow board), so the
// Kazakh editor page can call `CMS.registerLocale('kk', KK_DECAP_PHRASES)`. Decap ships no Kazakh: this is our
// own translation of Decap's interface strings, written for the akimat's officials who work in Kazakh. Decap
// merges a registered locale over English (`merge({}, en, kk)`), but every key is given here, so no English is
// left showing. The key set follows decap-cms-locales 3.8.2 (the version decap-cms 3.16.3 pins):
// tests/unit/decapKazakh.test.ts fails when an upgrade adds, removes or reshapes a key or a placeholder.
//
// One word per idea, as in ../shared/GLOSSARY.md and src/lib/fieldReference/kk.ts:
// - entry: «жазба»; collection: «жинақ»; media: «медиафайл»; field: «өріс»; status: «мәртебе»;
//   settings (configuration): «баптаулар»; note: «ескертпе»; image: «сурет».
// - publish: «жариялау»; unpublish: «жариялаудан алу»; unpublished: «жарияланбаған».
// - draft: «жоба нұсқасы». Bare «жоба» is ambiguous in this catalog (it means "project": «Ірі жоба», «Жоба
//   туралы мәліметтер»), and «қолжазба» reads as a handwritten manuscript; the field reference already calls an
//   offer's `draft` flag «Жоба нұсқасы», so the workflow's status uses the same words.
// - workflow statuses: «Жоба нұсқасы» → «Тексерілуде» → «Дайын»; the board: «Жұмыс үдерісі».
// - upload: «жүктеу»; download: «жүктеп алу» (the glossary's rule: bare «жүктеу» is never download).
// - buttons are verbal nouns, as Kazakh interfaces write them: «Сақтау», «Жою», «Болдырмау», «Кіру».
// A placeholder never takes a case ending (it would break vowel harmony): the ending goes on a noun after it
// («%{fieldLabel} өрісін»), or the value follows a colon. Decap's plural keys keep one form: a Kazakh noun after
// a numeral stays singular («3 жазба»), and Polyglot falls back to the first form when a second is missing.

export const KK_DECAP_PHRASES = {
  auth: {
    login: 'Кіру',
    loggingIn: 'Кіру орындалуда...',
    loginWithNetlifyIdentity: 'Netlify Identity арқылы кіру',
    loginWithAzure: 'Azure арқылы кіру',
    loginWithBitbucket: 'Bitbucket арқылы кіру',
    loginWithGitHub: 'GitHub арқылы кіру',
    loginWithGitLab: 'GitLab арқылы кіру',
    loginWithGitea: 'Gitea арқылы кіру',
    loginWithForgejo: 'Forgejo арқылы кіру',
    errors: {
      email: 'Электрондық пошта мекенжайыңызды енгізіңіз.',
      password: 'Құпиясөзді енгізіңіз.',
      identitySettings:
        'Identity баптауларын ашу мүмкін болмады. git-gateway арқылы жұмыс істесеңіз, Identity қызметі мен Git Gateway қосулы екенін тексеріңіз.',
    },
  },
  app: {
    header: {
      content: 'Жазбалар',
      workflow: 'Жұмыс үдерісі',
      media: 'Медиафайлдар',
      quickAdd: 'Жылдам қосу',
    },
    app: {
      errorHeader: 'CMS баптауларын жүктеу кезінде қате шықты',
      configErrors: 'Баптаулардағы қателер',
      checkConfigYml: 'config.yml файлын тексеріңіз.',
      loadingConfig: 'Баптаулар жүктелуде...',
      waitingBackend: 'Сервердің жауабы күтілуде...',
    },
    notFoundPage: {
      header: 'Бет табылмады',
    },
  },
  collection: {
    sidebar: {
      collections: 'Жинақтар',
      allCollections: 'Барлық жинақтар',
      searchAll: 'Барлығынан іздеу',
      searchIn: 'Қайдан іздеу',
    },
    collectionTop: {
      sortBy: 'Сұрыптау',
      viewAs: 'Көрініс',
      viewAsList: 'Тізім түрінде көрсету',
      viewAsGrid: 'Тор түрінде көрсету',
      newButton: '＋ %{collectionLabel}',
      newButtonAriaLabel: 'Жаңа жазба жасау: %{collectionLabel}',
      ascending: 'Өсу ретімен',
      descending: 'Кему ретімен',
      searchResults: '«%{searchTerm}» бойынша іздеу нәтижелері',
      searchResultsInCollection: '%{collection} жинағындағы «%{searchTerm}» бойынша іздеу нәтижелері',
      filterBy: 'Сүзу',
      groupBy: 'Топтау',
    },
    entries: {
      loadingEntries: 'Жазбалар жүктелуде...',
      cachingEntries: 'Жазбалар кэшке сақталуда...',
      longerLoading: 'Бұл бірнеше минутқа созылуы мүмкін',
      noEntries: 'Жазбалар жоқ',
      unpublishedHeader: 'Жарияланбаған жазбалар',
    },
    groups: {
      other: 'Басқа',
      negateLabel: '%{label} емес',
    },
    defaultFields: {
      author: {
        label: 'Авторы',
      },
      updatedOn: {
        label: 'Жаңартылған күні',
      },
    },
  },
  editor: {
    editorControl: {
      field: {
        optional: 'міндетті емес',
        widgetLabel: '%{widgetLabel} өрісі',
      },
    },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel} өрісін толтыру міндетті.',
        regexPattern: '%{fieldLabel} өрісінің мәні үлгіге сәйкес келмейді: %{pattern}.',
        processing: '%{fieldLabel} өрісі өңделуде.',
        range: '%{fieldLabel} өрісінің мәні %{minValue} – %{maxValue} аралығында болуы керек.',
        min: '%{fieldLabel} өрісінің мәні кемінде %{minValue} болуы керек.',
        max: '%{fieldLabel} өрісінің мәні ең көбі %{maxValue} болуы керек.',
        rangeCount: '%{fieldLabel} өрісінде %{minCount} – %{maxCount} элемент болуы керек.',
        rangeCountExact: '%{fieldLabel} өрісінде дәл %{count} элемент болуы керек.',
        rangeMin: '%{fieldLabel} өрісінде кемінде %{minCount} элемент болуы керек.',
        rangeMax: '%{fieldLabel} өрісінде ең көбі %{maxCount} элемент болуы керек.',
        invalidPath: 'Жол жарамсыз: %{path}',
        pathExists: 'Мұндай жол бұрыннан бар: %{path}',
      },
      i18n: {
        writingInLocale: 'Жазу тілі: %{locale}',
        copyFromLocale: 'Басқа тілден толтыру',
        copyFromLocaleConfirm: '%{locale} тіліндегі деректермен толтырасыз ба?\nҚазіргі мазмұнның бәрі ауыстырылады.',
      },
    },
    editor: {
      onLeavePage: 'Бұл беттен шынымен кетесіз бе?',
      onUpdatingWithUnsavedChanges: 'Сақталмаған өзгерістер бар. Мәртебені өзгертпес бұрын оларды сақтаңыз.',
      onPublishingNotReady: 'Жарияламас бұрын мәртебені «Дайын» деп өзгертіңіз.',
      onPublishingWithUnsavedChanges: 'Сақталмаған өзгерістер бар. Жарияламас бұрын оларды сақтаңыз.',
      onPublishing: 'Бұл жазбаны шынымен жариялайсыз ба?',
      onUnpublishing: 'Бұл жазбаны шынымен жариялаудан аласыз ба?',
      onDeleteWithUnsavedChanges: 'Бұл жарияланған жазбаны және осы сеанстағы сақталмаған өзгерістерді шынымен жоясыз ба?',
      onDeletePublishedEntry: 'Бұл жарияланған жазбаны шынымен жоясыз ба?',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'Бұл жазбаның барлық жарияланбаған өзгерістері, сондай-ақ осы сеанстағы сақталмаған өзгерістеріңіз жойылады. Бәрібір жоясыз ба?',
      onDeleteUnpublishedChanges: 'Бұл жазбаның барлық жарияланбаған өзгерістері жойылады. Бәрібір жоясыз ба?',
      loadingEntry: 'Жазба жүктелуде...',
      confirmLoadBackup: 'Бұл жазбаның браузерде сақталған сақтық көшірмесі табылды. Оны пайдаланасыз ба?',
    },
    editorInterface: {
      toggleI18n: 'Тілдер панелін ашу/жабу',
      togglePreview: 'Алдын ала қарауды ашу/жабу',
      toggleScrollSync: 'Қатар айналдыру',
      toggleNotes: 'Ескертпелерді ашу/жабу',
    },
    editorNotesPane: {
      title: 'Ескертпелер',
      emptyState: 'Әзірге ескертпе жоқ. Бірлесіп жұмыс істеу үшін төменде алғашқы ескертпені қосыңыз.',
      addNote: 'Ескертпе қосу',
      addPlaceholder: 'Ескертпе жазыңыз...',
      editPlaceholder: 'Ескертпені өңдеңіз...',
      save: 'Сақтау',
      cancel: 'Болдырмау',
      edit: 'Өңдеу',
      delete: 'Жою',
      resolve: 'Шешілді деп белгілеу',
      unresolve: 'Қайта ашу',
      confirmDelete: 'Бұл ескертпені шынымен жоясыз ба?',
      shortcut: 'Кеңес: ескертпені жылдам қосу үшін Ctrl+Enter пернелерін басыңыз',
    },
    editorToolbar: {
      publishing: 'Жариялануда...',
      publish: 'Жариялау',
      published: 'Жарияланды',
      unpublish: 'Жариялаудан алу',
      duplicate: 'Көшірмесін жасау',
      unpublishing: 'Жариялаудан алынуда...',
      publishAndCreateNew: 'Жариялап, жаңасын жасау',
      publishAndDuplicate: 'Жариялап, көшірмесін жасау',
      deleteUnpublishedChanges: 'Жарияланбаған өзгерістерді жою',
      deleteUnpublishedEntry: 'Жарияланбаған жазбаны жою',
      deletePublishedEntry: 'Жарияланған жазбаны жою',
      deleteEntry: 'Жазбаны жою',
      saving: 'Сақталуда...',
      save: 'Сақтау',
      statusInfoTooltipDraft:
        'Жазбаның мәртебесі — «Жоба нұсқасы». Жазбаны аяқтап, тексеруге жіберу үшін мәртебені «Тексерілуде» деп өзгертіңіз.',
      statusInfoTooltipInReview:
        'Жазба тексерілуде, сізден басқа әрекет талап етілмейді. Дегенмен тексеру кезінде де жазбаға өзгерістер енгізе аласыз.',
      deleting: 'Жойылуда...',
      updating: 'Жаңартылуда...',
      status: 'Мәртебесі: %{status}',
      backCollection: ' Жинақ: %{collectionLabel}',
      unsavedChanges: 'Сақталмаған өзгерістер',
      changesSaved: 'Өзгерістер сақталды',
      draft: 'Жоба нұсқасы',
      inReview: 'Тексерілуде',
      ready: 'Дайын',
      publishNow: 'Қазір жариялау',
      deployPreviewPendingButtonLabel: 'Алдын ала қарауды тексеру',
      deployPreviewButtonLabel: 'Алдын ала қарау',
      deployButtonLabel: 'Сайттан қарау',
    },
    editorWidgets: {
      markdown: {
        bold: 'Жуан',
        italic: 'Көлбеу',
        strikethrough: 'Сызылған',
        code: 'Код',
        link: 'Сілтеме',
        linkPrompt: 'Сілтеменің URL мекенжайын енгізіңіз',
        headings: 'Тақырыптар',
        quote: 'Дәйексөз',
        bulletedList: 'Таңбаланған тізім',
        numberedList: 'Нөмірленген тізім',
        addComponent: 'Компонент қосу',
        richText: 'Пішімделген мәтін',
        markdown: 'Markdown',
        toggleMode: {
          rich: 'Пішімделген мәтін режиміне ауысу',
          markdown: 'Markdown режиміне ауысу',
        },
      },
      image: {
        choose: 'Сурет таңдау',
        chooseMultiple: 'Суреттер таңдау',
        chooseUrl: 'URL мекенжайы бойынша қосу',
        replaceUrl: 'URL мекенжайымен ауыстыру',
        promptUrl: 'Суреттің URL мекенжайын енгізіңіз',
        chooseDifferent: 'Басқа сурет таңдау',
        addMore: 'Тағы сурет қосу',
        remove: 'Суретті алып тастау',
        removeAll: 'Барлық суретті алып тастау',
      },
      file: {
        choose: 'Файл таңдау',
        chooseUrl: 'URL мекенжайы бойынша қосу',
        chooseMultiple: 'Файлдар таңдау',
        replaceUrl: 'URL мекенжайымен ауыстыру',
        promptUrl: 'Файлдың URL мекенжайын енгізіңіз',
        chooseDifferent: 'Басқа файл таңдау',
        addMore: 'Тағы файл қосу',
        remove: 'Файлды алып тастау',
        removeAll: 'Барлық файлды алып тастау',
      },
      unknownControl: {
        noControl: '«%{widget}» виджеті үшін өңдеу элементі жоқ.',
      },
      unknownPreview: {
        noPreview: '«%{widget}» виджеті үшін алдын ала қарау жоқ.',
      },
      headingOptions: {
        headingOne: 'Тақырып 1',
        headingTwo: 'Тақырып 2',
        headingThree: 'Тақырып 3',
        headingFour: 'Тақырып 4',
        headingFive: 'Тақырып 5',
        headingSix: 'Тақырып 6',
      },
      datetime: {
        now: 'Қазір',
        clear: 'Тазарту',
        setToNow: '%{fieldLabel} өрісіне қазіргі уақытты қою',
      },
      list: {
        add: '%{item} қосу',
        addType: '%{item} қосу',
      },
      object: {
        expand: 'Жаю',
        collapse: 'Жию',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'Жоба нұсқасы',
      copy: 'Көшіру',
      copyUrl: 'URL мекенжайын көшіру',
      copyPath: 'Жолын көшіру',
      copyName: 'Атауын көшіру',
      copied: 'Көшірілді',
    },
    mediaLibrary: {
      onDelete: 'Таңдалған медиафайлдарды шынымен жоясыз ба?',
      fileTooLarge: 'Файл тым үлкен.\nБаптаулар бойынша файлдың ең үлкен көлемі — %{size} КБ.',
    },
    mediaLibraryModal: {
      loading: 'Жүктелуде...',
      close: 'Жабу',
      noResults: 'Ештеңе табылмады.',
      noAssetsFound: 'Медиафайлдар табылмады.',
      noImagesFound: 'Суреттер табылмады.',
      private: 'Жабық ',
      images: 'Суреттер',
      mediaAssets: 'Медиафайлдар',
      search: 'Іздеу...',
      uploading: 'Жүктелуде...',
      upload: 'Жүктеу',
      download: 'Жүктеп алу',
      deleting: 'Жойылуда...',
      deleteSelected: 'Таңдалғандарды жою',
      chooseSelected: 'Таңдалғандарды қосу',
    },
  },
  ui: {
    default: {
      goBackToSite: 'Сайтқа оралу',
    },
    errorBoundary: {
      title: 'Қате',
      details: 'Қате орын алды. Өтінеміз, ',
      reportIt: 'ол туралы GitHub сайтында хабарлаңыз.',
      detailsHeading: 'Толығырақ',
      privacyWarning:
        'Хабарламаға қатенің мәтіні мен жөндеуге арналған деректер өздігінен қосылады.\nМәліметтердің дұрыстығын тексеріп, құпия деректер болса, оларды алып тастаңыз.',
      recoveredEntry: {
        heading: 'Қалпына келтірілген құжат',
        warning: 'Беттен кетпес бұрын осы мәтінді көшіріп, бір жерге сақтап қойыңыз!',
        copyButtonLabel: 'Алмасу буферіне көшіру',
      },
    },
    settingsDropdown: {
      logOut: 'Шығу',
      account: 'Тіркелгі мәзірі',
    },
    toast: {
      onFailToLoadEntries: 'Жазба жүктелмеді: %{details}',
      onFailToLoadDeployPreview: 'Алдын ала қарау жүктелмеді: %{details}',
      onFailToPersist: 'Жазба сақталмады: %{details}',
      onFailToDelete: 'Жазба жойылмады: %{details}',
      onFailToUpdateStatus: 'Мәртебе өзгертілмеді: %{details}',
      missingRequiredField: 'Міндетті өріс толтырылмаған. Сақтамас бұрын оны толтырыңыз.',
      entrySaved: 'Жазба сақталды',
      entryPublished: 'Жазба жарияланды',
      entryUnpublished: 'Жазба жариялаудан алынды',
      onFailToPublishEntry: 'Жазба жарияланбады: %{details}',
      onFailToUnpublishEntry: 'Жазба жариялаудан алынбады: %{details}',
      entryUpdated: 'Жазбаның мәртебесі өзгертілді',
      onDeleteUnpublishedChanges: 'Жарияланбаған өзгерістер жойылды',
      noteAdded: 'Ескертпе қосылды',
      onFailToAddNote: 'Ескертпе қосылмады: %{details}',
      noteUpdated: 'Ескертпе жаңартылды',
      onFailToUpdateNote: 'Ескертпе жаңартылмады: %{details}',
      noteDeleted: 'Ескертпе жойылды',
      onFailToDeleteNote: 'Ескертпе жойылмады: %{details}',
      noteResolved: 'Ескертпе шешілді деп белгіленді',
      noteReopened: 'Ескертпе қайта ашылды',
      onFailToToggleNote: 'Ескертпенің белгісі өзгертілмеді: %{details}',
      onFailToAuth: '%{details}',
      onLoggedOut: 'Сіз жүйеден шықтыңыз. Енгізген деректеріңізді бір жерге сақтап, қайта кіріңіз',
      onBackendDown: 'Сервер қызметінің жұмысында іркіліс бар. Толығырақ: %{details}',
    },
  },
  workflow: {
    workflow: {
      loading: 'Жұмыс үдерісіндегі жазбалар жүктелуде',
      workflowHeading: 'Редакциялық жұмыс үдерісі',
      newPost: 'Жаңа жазба',
      description: '%{smart_count} жазба тексеруді күтуде, %{readyCount} жазба жариялауға дайын.',
      dateFormat: 'D MMMM',
    },
    workflowCard: {
      lastChange: '%{date}, өзгерткен: %{author}',
      lastChangeNoAuthor: '%{date}',
      lastChangeNoDate: 'Өзгерткен: %{author}',
      deleteChanges: 'Өзгерістерді жою',
      deleteNewEntry: 'Жаңа жазбаны жою',
      publishChanges: 'Өзгерістерді жариялау',
      publishNewEntry: 'Жаңа жазбаны жариялау',
    },
    workflowList: {
      onDeleteEntry: 'Бұл жазбаны шынымен жоясыз ба?',
      onPublishingNotReadyEntry:
        'Тек «Дайын» мәртебесіндегі жазбаларды жариялауға болады. Жариялау үшін карточканы «Дайын» бағанына сүйреп апарыңыз.',
      onPublishEntry: 'Бұл жазбаны шынымен жариялайсыз ба?',
      draftHeader: 'Жоба нұсқалары',
      inReviewHeader: 'Тексерілуде',
      readyHeader: 'Дайын',
      currentEntries: '%{smart_count} жазба',
    },
  },
} as const;
