// Short Russian labels for the editor's fields whose field-reference wording is too long to be a label
// (its first sentence is over 70 characters). Keyed, like src/lib/fieldReference/ru.ts, by the schema's own
// English description, so a changed description stops the configuration from generating until its label
// is checked here too. The full wording stays under the field as its hint.

/** Schema description → short Russian label (the schema key is added after it by decapConfig.ts). */
export const RU_SHORT_LABELS: Readonly<Record<string, string>> = {
  'Id of the nearest settlement (city, town or village) in places.yaml.': 'Ближайший населённый пункт: id из places.yaml',
  'Id of the named location the site lies in or at (a lake, the national park, a landmark) in places.yaml.':
    'Именованное место: id из places.yaml',
  'Land target purpose in each language, quoted from the title document.': 'Целевое назначение земельного участка',
  'Whether a Kazakh company with foreign participation may acquire it. Always false on agricultural land.':
    'Доступно юрлицам с иностранным участием',
  'Who grants the right; it decides which routes and rights are possible.': 'Кто предоставляет право',
  'Web address of the document on another site; leave out when the PDF is in the offer folder (`file`).': 'Веб-адрес документа',
  'PDF file name in the offer folder, e.g. `title.pdf`; leave out when the document is a web address (`url`).': 'PDF-файл документа',
  'Documents, each a web address (`url`) or a PDF in the offer folder (`file`), exactly one of the two.': 'Документы',
  "Link to the lot itself (not the portal's home page); leave it out until the lot is published.": 'Ссылка на лот',
  'Date bids close (auction, tender or competition); required while the status is at-auction, at-tender or at-competition.':
    'Дата окончания приёма заявок',
  'What the holder pays every year after acquiring (annual rent or land-use fee), tenge, where known.':
    'Ежегодный платёж после приобретения, тенге',
  'True when the network is on the plot or at the given distance and can be connected.': 'Есть, можно подключиться',
  'Condition of the buildings, or `no-buildings` for bare land.': 'Техническое состояние зданий',
  'What the photo shows, in each language, for people who cannot see it. Missing alt text is a warning, not an error.':
    'Описание фото (альтернативный текст)',
  // The lists of content/ (places.yaml, contacts.yaml, …), edited as files of the editor.
  "Area the place belongs to, if it is inside one of the catalog's areas.": 'Территория каталога, к которой относится место',
  'True for places every offer page measures its distance to (airports, the regional centre, district seats).':
    'Показывать расстояние до места на каждой странице предложения',
  'Other spellings people search for, by language; offers near the place (and its area) are found by them too.':
    'Другие написания для поиска',
  "Russian spellings people type besides the catalog's own name, e.g. colloquial forms (see GLOSSARY.md).": 'Русские написания для поиска',
  "Kazakh spellings people type besides the catalog's own name, e.g. variants the official register uses (see GLOSSARY.md).":
    'Казахские написания для поиска',
  "The kind of body the officer works for; it decides which offers they may answer for (a national-park plot needs the park's officer).":
    'Вид органа, в котором работает сотрудник',
  'WhatsApp number in international form, when the officer answers there, e.g. +7 700 000 00 00.': 'Номер WhatsApp, +7 …',
  'Telegram username without the @, when the officer answers there, e.g. karaganda_invest.': 'Имя в Telegram без @',
  'The act (law, code, decree, order) or the report, in each language.': 'Акт или сообщение, на каждом языке',
  'True only when someone has read the current text of the act and found the statement there.': 'Проверено по действующему тексту акта',
  'Activities (segments) that can qualify; an offer needs at least one of them.':
    'Виды деятельности (сегменты), которые могут претендовать',
  "Minimum estimated investment in MCI: the threshold listing the offer's area wins, else the one without areas.":
    'Минимальный объём инвестиций в МРП',
  'Areas this threshold applies to (e.g. a priority tourist area); leave out for the general threshold.':
    'Территории, к которым относится порог',
  'The act that sets it (the republican budget law of that year).': 'Акт, который устанавливает МРП',
  'The grantor, one of the values offers use in `acquisition.grantor`.': 'Кто предоставляет право',
  'The currency, its lower-case ISO code: `usd` (US dollar) or `eur` (euro). One item per currency.': 'Валюта: usd или eur',
  'Tenge for one unit of the currency, as the NBK publishes it, e.g. 444.32 (a dot before the decimals).': 'Тенге за одну единицу валюты',
  "True only when someone has compared the figure with the NBK's published table of that date.": 'Сверено с таблицей НБРК на эту дату',
};

/**
 * Short Kazakh labels, for the Kazakh editor at /admin/kk/: the same rule on the Kazakh field reference
 * (src/lib/fieldReference/kk.ts), whose first sentences are long in other places than the Russian ones.
 */
export const KK_SHORT_LABELS: Readonly<Record<string, string>> = {
  'Id of the nearest settlement (city, town or village) in places.yaml.': 'Ең жақын елді мекен: places.yaml тізіміндегі id',
  'Id of the named location the site lies in or at (a lake, the national park, a landmark) in places.yaml.':
    'Атаулы жер: places.yaml тізіміндегі id',
  'Land target purpose in each language, quoted from the title document.': 'Жер учаскесінің нысаналы мақсаты',
  'Kazakh wording in Cyrillic, following GLOSSARY.md.': 'Қазақ тіліндегі мәтін, кирилл әліпбиімен',
  'Whether a Kazakh company with foreign participation may acquire it. Always false on agricultural land.':
    'Шетелдік қатысуы бар заңды тұлғаларға қолжетімді',
  'Who grants the right; it decides which routes and rights are possible.': 'Құқықты кім береді',
  'Web address of the document on another site; leave out when the PDF is in the offer folder (`file`).': 'Құжаттың веб-мекенжайы',
  'PDF file name in the offer folder, e.g. `title.pdf`; leave out when the document is a web address (`url`).': 'Құжаттың PDF файлы',
  'Documents, each a web address (`url`) or a PDF in the offer folder (`file`), exactly one of the two.': 'Құжаттар',
  "Link to the lot itself (not the portal's home page); leave it out until the lot is published.": 'Лотқа сілтеме',
  'Date bids close (auction, tender or competition); required while the status is at-auction, at-tender or at-competition.':
    'Өтінімдер қабылдау аяқталатын күн',
  'Guarantee fee a bidder pays, tenge, as the lot notice sets it.': 'Кепілдік жарна, теңге',
  'Amount in tenge; leave out only when the basis is on-request.': 'Сома, теңге',
  'What the holder pays every year after acquiring (annual rent or land-use fee), tenge, where known.':
    'Құқықты алғаннан кейінгі жылдық төлем, теңге',
  'True when the network is on the plot or at the given distance and can be connected.': 'Бар, қосылуға болады',
  'Condition of the buildings, or `no-buildings` for bare land.': 'Ғимараттардың техникалық жай-күйі',
  'What the photo shows, in each language, for people who cannot see it. Missing alt text is a warning, not an error.':
    'Фотосуреттің сипаттамасы (балама мәтін)',
  'One or two sentences for cards and search results, up to 280 characters.':
    'Карточкалар мен іздеуге арналған қысқаша мәтін, 280 таңбаға дейін',
  'True for places every offer page measures its distance to (airports, the regional centre, district seats).':
    'Әр ұсыныстың бетінде осы орынға дейінгі қашықтық көрсетіледі',
  'Other spellings people search for, by language; offers near the place (and its area) are found by them too.':
    'Іздеуге арналған басқа жазылу нұсқалары',
  'Latin spellings (transliterations such as `Balqash`, `Qarqaraly`).': 'Латын әрпімен жазылу нұсқалары',
  "Russian spellings people type besides the catalog's own name, e.g. colloquial forms (see GLOSSARY.md).":
    'Іздеуге арналған орысша жазылу нұсқалары',
  "Kazakh spellings people type besides the catalog's own name, e.g. variants the official register uses (see GLOSSARY.md).":
    'Іздеуге арналған қазақша жазылу нұсқалары',
  'Schematic outline used to check that offers lie inside the area. Not a legal boundary.': 'Аумақтың сұлбалық контуры',
  "The kind of body the officer works for; it decides which offers they may answer for (a national-park plot needs the park's officer).":
    'Қызметкер жұмыс істейтін органның түрі',
  'WhatsApp number in international form, when the officer answers there, e.g. +7 700 000 00 00.': 'WhatsApp нөмірі, +7 …',
  'Telegram username without the @, when the officer answers there, e.g. karaganda_invest.': 'Telegram-дағы аты, @ белгісіз',
  'One or two sentences in each language on what the programme gives and to whom.': 'Шараның не беретіні және кімге берілетіні',
  'The act (law, code, decree, order) or the report, in each language.': 'Акт немесе хабарлама, әр тілде',
  'Article or paragraph, e.g. "art. 286"; leave out when the source has no articles.': 'Бап немесе тармақ',
  'True only when someone has read the current text of the act and found the statement there.':
    'Актінің қолданыстағы мәтіні бойынша тексерілді',
  'Activities (segments) that can qualify; an offer needs at least one of them.': 'Үміттене алатын қызмет түрлері (туризм бағыттары)',
  "Minimum estimated investment in MCI: the threshold listing the offer's area wins, else the one without areas.":
    'Инвестициялардың ең төменгі болжамды көлемі, АЕК',
  'Minimum investment, in monthly calculation indices (MCI).': 'Инвестициялардың ең төменгі көлемі, АЕК',
  'Areas this threshold applies to (e.g. a priority tourist area); leave out for the general threshold.': 'Шек қолданылатын аумақтар',
  'The grantor, one of the values offers use in `acquisition.grantor`.': 'Құқықты кім береді',
  'The currency, its lower-case ISO code: `usd` (US dollar) or `eur` (euro). One item per currency.': 'Валюта: usd немесе eur',
  'Tenge for one unit of the currency, as the NBK publishes it, e.g. 444.32 (a dot before the decimals).':
    'Валютаның бір бірлігіне келетін теңге',
  "True only when someone has compared the figure with the NBK's published table of that date.":
    'Ұлттық Банктің сол күнгі кестесімен салыстырылды',
};

/** Short English labels, for the English editor at /admin/en/ (the schemas' own descriptions, same rule). */
export const EN_SHORT_LABELS: Readonly<Record<string, string>> = {
  'Id of the named location the site lies in or at (a lake, the national park, a landmark) in places.yaml.':
    'Named location: id in places.yaml',
  "Link to the lot itself (not the portal's home page); leave it out until the lot is published.": 'Link to the lot',
  'Date bids close (auction, tender or competition); required while the status is at-auction, at-tender or at-competition.':
    'Date bids close',
  'What the holder pays every year after acquiring (annual rent or land-use fee), tenge, where known.':
    'Annual payment after acquiring, tenge',
  'True when the network is on the plot or at the given distance and can be connected.': 'Available to connect',
  'Documents, each a web address (`url`) or a PDF in the offer folder (`file`), exactly one of the two.': 'Documents',
  'Web address of the document on another site; leave out when the PDF is in the offer folder (`file`).': 'Web address of the document',
  'One or two sentences for cards and search results, up to 280 characters.': 'Summary for cards and search results, up to 280 characters',
  'True for places every offer page measures its distance to (airports, the regional centre, district seats).':
    'Show the distance to it on every offer page',
  'Other spellings people search for, by language; offers near the place (and its area) are found by them too.':
    'Other spellings for search',
  "The kind of body the officer works for; it decides which offers they may answer for (a national-park plot needs the park's officer).":
    'Kind of body the officer works for',
  'WhatsApp number in international form, when the officer answers there, e.g. +7 700 000 00 00.': 'WhatsApp number, +7 …',
  'One or two sentences in each language on what the programme gives and to whom.': 'What the programme gives and to whom',
  'True only when someone has read the current text of the act and found the statement there.':
    'Checked against the current text of the act',
  'Activities (segments) that can qualify; an offer needs at least one of them.': 'Activities (segments) that can qualify',
  "Minimum estimated investment in MCI: the threshold listing the offer's area wins, else the one without areas.":
    'Minimum estimated investment, MCI',
  'The currency, its lower-case ISO code: `usd` (US dollar) or `eur` (euro). One item per currency.': 'Currency: usd or eur',
  "True only when someone has compared the figure with the NBK's published table of that date.":
    'Checked against the NBK table of that date',
  'PDF file name in the offer folder, e.g. `title.pdf`; leave out when the document is a web address (`url`).': 'PDF file of the document',
  "Russian spellings people type besides the catalog's own name, e.g. colloquial forms (see GLOSSARY.md).": 'Russian spellings for search',
  "Kazakh spellings people type besides the catalog's own name, e.g. variants the official register uses (see GLOSSARY.md).":
    'Kazakh spellings for search',
  'Telegram username without the @, when the officer answers there, e.g. karaganda_invest.': 'Telegram username without the @',
  'Areas this threshold applies to (e.g. a priority tourist area); leave out for the general threshold.': 'Areas the threshold applies to',
  'Tenge for one unit of the currency, as the NBK publishes it, e.g. 444.32 (a dot before the decimals).':
    'Tenge for one unit of the currency',
};
