/**
 * Kazakh wording of every field description in src/schemas/, keyed by the English description, as in
 * ru.ts. The Kazakh field reference (content/docs/fields.kk.md) is generated from it; a unit test fails
 * when a key of ru.ts has no Kazakh wording here, so the two references always list the same fields.
 * Terms follow the glossary (GLOSSARY.md), e.g. «жер учаскесі», «көлемі, га», «кепілдік жарна», «АЕК»).
 */
export const KK_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'Offer kind.': 'Ұсыныстың түрі.',
  'Where the offer stands.': 'Ұсыныстың мәртебесі.',
  'Area id: `balkhash` or `karkaraly`.': 'Аумақтың id-і: `balkhash` немесе `karkaraly`.',
  'Id of the nearest settlement (city, town or village) in places.yaml.':
    'places.yaml тізіміндегі ең жақын елді мекеннің (қаланың, кенттің немесе ауылдың) id-і.',
  'Id of the named location the site lies in or at (a lake, the national park, a landmark) in places.yaml.':
    'places.yaml тізіміндегі объект орналасқан немесе оның жанында тұрған атаулы жердің (көлдің, мемлекеттік ұлттық табиғи парктің, көрікті жердің) id-і.',
  'The point investors see on maps.': 'Инвесторлар карталарда көретін нүкте.',
  'Latitude, decimal degrees, WGS 84.': 'Ендік, ондық градуспен, WGS 84.',
  'Longitude, decimal degrees, WGS 84.': 'Бойлық, ондық градуспен, WGS 84.',
  'Optional outline of the plot.': 'Учаскенің контуры (міндетті емес).',
  'Area and legal category of the land.': 'Жердің көлемі және санаты.',
  'Area in hectares.': 'Көлемі, га.',
  'Cadastral number, digits and dashes. Demonstration numbers start with 00- so they are visibly fictitious.':
    'Кадастрлық нөмір: цифрлар мен дефистер. Демонстрациялық нөмірлер 00- деп басталады, сондықтан олардың ойдан шығарылғаны бірден көрінеді.',
  'Land category under the Land Code.': 'Жер кодексі бойынша жер санаты.',
  'Land target purpose in each language, quoted from the title document.':
    'Жер учаскесінің құқық белгілейтін құжаттағыдай әр тілде жазылған нысаналы мақсаты.',
  'English wording.': 'Ағылшын тіліндегі мәтін.',
  'Russian wording, following GLOSSARY.md.': 'Глоссарийге (GLOSSARY.md) сәйкес жазылған орыс тіліндегі мәтін.',
  'Kazakh wording in Cyrillic, following GLOSSARY.md.':
    'Глоссарийге (GLOSSARY.md) сәйкес кирилл әліпбиімен жазылған қазақ тіліндегі мәтін.',
  'The right offered.': 'Ұсынылатын құқық.',
  'The right the investor would hold.': 'Инвестор иеленетін құқық.',
  'Term in years, for a lease or trust management.': 'Жалдау немесе сенімгерлік басқару мерзімі, жыл.',
  'Whether a Kazakh company with foreign participation may acquire it. Always false on agricultural land.':
    'Шетелдік қатысуы бар қазақстандық заңды тұлғаның құқықты ала алатын-алмайтыны. Ауыл шаруашылығы мақсатындағы жерлер үшін мән әрдайым false болады.',
  'How to acquire it.': 'Құқықты алу тәртібі.',
  'Who grants the right; it decides which routes and rights are possible.':
    'Құқықты кім береді; осы мән құқықты алудың қандай тәсілдері мен қандай құқықтар мүмкін екенін айқындайды.',
  'The legal route.': 'Құқықты алу тәсілі.',
  "Link to the lot itself (not the portal's home page); leave it out until the lot is published.":
    'Лоттың өз бетіне сілтеме (порталдың басты бетіне емес); лот жарияланғанға дейін өріс толтырылмайды.',
  'Date bids close (auction, tender or competition); required while the status is at-auction, at-tender or at-competition.':
    'Өтінімдер қабылдау аяқталатын күн (сауда-саттық (аукцион), тендер немесе конкурс); мәртебе at-auction, at-tender немесе at-competition болып тұрғанда міндетті.',
  'Guarantee fee a bidder pays, tenge, as the lot notice sets it.':
    'Лот туралы хабарландыруда белгіленген қатысушының кепілдік жарнасы, теңге.',
  'Price or on request.': 'Баға немесе «сұрау бойынша».',
  'What the amount means, or `on-request`.': 'Соманың мағынасы немесе `on-request` (сұрау бойынша).',
  'Amount in tenge; leave out only when the basis is on-request.':
    'Теңгемен берілетін сома; basis мәні on-request болғанда ғана көрсетілмейді.',
  'What the holder pays every year after acquiring (annual rent or land-use fee), tenge, where known.':
    'Құқық иесі құқықты алғаннан кейін жыл сайын төлейтін сома (жылдық жалдау ақысы немесе жер пайдаланғаны үшін төлем), теңге, белгілі болса.',
  'Estimated total investment needed, tenge.': 'Қажетті инвестициялардың жалпы көлемінің болжамы, теңге.',
  'Utilities.': 'Инженерлік желілер мен коммуникациялар.',
  'Electricity; capacity in kW.': 'Электрмен жабдықтау; қуаты кВт-пен көрсетіледі.',
  'True when the network is on the plot or at the given distance and can be connected.':
    'Желі учаскеде немесе көрсетілген қашықтықта болса және оған қосылуға болса, мән true болады.',
  'Distance to the nearest connection point, metres (0 = on site).': 'Ең жақын қосылу нүктесіне дейінгі қашықтық, м (0 — учаскеде).',
  'Estimated cost to connect, tenge.': 'Қосылу құнының болжамы, теңге.',
  'Estimated time to connect, months.': 'Қосылу мерзімінің болжамы, ай.',
  'Capacity available, kW.': 'Қолжетімді қуат, кВт.',
  'Water supply; capacity in cubic metres a day.': 'Сумен жабдықтау; көлемі тәулігіне текше метрмен көрсетіледі.',
  'Capacity available, m³ per day.': 'Қолжетімді көлем, тәулігіне м³.',
  'Sewerage.': 'Су бұру (кәріз).',
  'Heat supply.': 'Жылумен жабдықтау.',
  'Gas supply.': 'Газбен жабдықтау.',
  'Fixed or mobile internet; speed in Mbit/s.': 'Сымды немесе ұялы интернет; жылдамдығы Мбит/с-пен көрсетіледі.',
  'Typical speed, Mbit/s.': 'Әдеттегі жылдамдық, Мбит/с.',
  'Road access.': 'Кірме жол.',
  'Surface of the last stretch to the site.': 'Жолдың объектіге жақын соңғы бөлігінің жабыны.',
  'True when the road is passable all year, winter included.': 'Жол жыл бойы, қыста да жүріп өтуге жарамды болса, мән true болады.',
  'Tourism segments it suits (at least one).': 'Ұсыныс жарайтын туризм бағыттары (кемінде біреуі).',
  "Optional: ids from incentives.yaml. The site computes the list from each programme's rules; a listed id the rules reject is an error.":
    'Міндетті емес: incentives.yaml тізіміндегі қолдау шараларының id-і. Сайт тізімді әр шараның шарттары бойынша өзі жасайды; шарттар рұқсат етпейтін id көрсетілсе, тексеру оны қате деп таниды.',
  'The audit visit.': 'Аудиторлардың объектіге баруы.',
  'Date of the site visit.': 'Объектіге барған күн.',
  'Organisation that did it, in each language.': 'Аудитті жүргізген ұйым, әр тілде.',
  'Condition of the buildings, or `no-buildings` for bare land.':
    'Ғимараттардың техникалық жай-күйі немесе құрылыссыз учаске үшін `no-buildings`.',
  'Photos with alt text.': 'Alt-мәтіні бар фотосуреттер.',
  'File name in the offer folder, e.g. `shore.jpg`.': 'Ұсыныс қалтасындағы файлдың атауы, мысалы `shore.jpg`.',
  'What the photo shows, in each language, for people who cannot see it. Missing alt text is a warning, not an error.':
    'Суретті көре алмайтын адамдарға арналған, фотода не бейнеленгенін әр тілде сипаттайтын мәтін. Мәтін жоқ болса, тексеру қате емес, ескерту береді.',
  'Documents, each a web address (`url`) or a PDF in the offer folder (`file`), exactly one of the two.':
    'Құжаттар: әрқайсысына не веб-мекенжай (`url`), не ұсыныс қалтасындағы PDF файлы (`file`) беріледі, екеуінің біреуі ғана.',
  'Title in each language.': 'Әр тілдегі атауы.',
  'What sort of document.': 'Құжаттың түрі.',
  'Web address of the document on another site; leave out when the PDF is in the offer folder (`file`).':
    'Құжаттың басқа сайттағы веб-мекенжайы; PDF ұсыныс қалтасында тұрса (`file`), бұл жолды толтырмаңыз.',
  'PDF file name in the offer folder, e.g. `title.pdf`; leave out when the document is a web address (`url`).':
    'Ұсыныс қалтасындағы PDF файлының атауы, мысалы `title.pdf`; құжат веб-мекенжаймен берілсе (`url`), бұл жолды толтырмаңыз.',
  'Id of the responsible officer in contacts.yaml.': 'contacts.yaml тізіміндегі жауапты қызметкердің id-і.',
  'Road distances officials know. Straight-line distances are computed by the site.':
    'Қызметкерлерге белгілі жол қашықтықтары. Түзу сызық бойынша қашықтықты сайт өзі есептейді.',
  'Place id.': 'Орынның id-і.',
  'Kilometres by road.': 'Жол бойынша километр.',
  'Date first published.': 'Алғаш жарияланған күн.',
  'Date the facts were last changed or confirmed.': 'Деректер соңғы рет өзгертілген немесе расталған күн.',
  'Show on the home page.': 'Басты бетте көрсетіледі.',
  'Not ready: the checker lists it, the site does not publish it. Delete the line to publish.':
    'Жоба нұсқасы: тексеру оны тізбелейді, бірақ сайт жарияламайды. Жариялау үшін жолды өшіріңіз.',
  'Building facts.': 'Объект туралы мәліметтер.',
  'Object type in each language, e.g. "recreation base".': 'Әр тілдегі объект түрі, мысалы «демалыс базасы».',
  'Current owner, in each language.': 'Қазіргі меншік иесі, әр тілде.',
  'What the owner offers.': 'Меншік иесі не ұсынады.',
  'Total floor area, m².': 'Ғимараттардың жалпы алаңы, м².',
  'Year built.': 'Салынған жылы.',
  'Year of the last major renovation.': 'Соңғы күрделі жөндеу жүргізілген жыл.',
  'Rooms.': 'Нөмірлер саны.',
  'Beds (one-time capacity).': 'Орындар саны (бір мезгілдегі сыйымдылығы).',
  'Months it operates, 1–12.': 'Жұмыс істейтін айлары, 1–12.',
  'Beach frontage, metres.': 'Жағажайдың ұзындығы, м.',
  'Utilities it has of its own.': 'Меншікті инженерлік жүйелер.',
  'Disclosed average occupancy in season, percent.': 'Ашып көрсетілген туристік маусымдағы орташа толымдылық, %.',
  'Disclosed annual revenue, tenge.': 'Ашып көрсетілген жылдық түсім, теңге.',
  'Project economics. Its total investment is `investmentKzt`, which is required here.':
    'Жобаның экономикасы. Инвестициялардың жалпы көлемі `investmentKzt` өрісінде көрсетіледі, ірі жоба үшін бұл өріс міндетті.',
  'Project facts.': 'Жоба туралы мәліметтер.',
  'Estimated internal rate of return, percent.': 'Ішкі кірістілік нормасының (IRR) болжамы, %.',
  'Estimated payback, years.': 'Өтелу мерзімінің болжамы, жыл.',
  'Phases in order.': 'Кезеңдер, ретімен.',
  'Phase name in each language.': 'Әр тілдегі кезеңнің атауы.',
  'First year.': 'Бірінші жыл.',
  'Last year.': 'Соңғы жыл.',
  'Investment in this phase, tenge.': 'Осы кезеңдегі инвестициялар, теңге.',
  'Partners sought, in each language.': 'Ізделетін серіктестер, әр тілде.',
  'Offer title in this language, up to 90 characters.': 'Ұсыныстың осы тілдегі тақырыбы, 90 таңбаға дейін.',
  'One or two sentences for cards and search results, up to 280 characters.':
    'Карточкалар мен іздеу нәтижелеріне арналған бір-екі сөйлем, 280 таңбаға дейін.',
  'Id that offers use in `place:`, e.g. `karkaraly`.': 'Ұсыныстар `place:` өрісінде көрсететін id, мысалы `karkaraly`.',
  'Name in each language.': 'Әр тілдегі атауы.',
  'What the place is.': 'Орынның түрі.',
  'Latitude, decimal degrees.': 'Ендік, ондық градуспен.',
  'Longitude, decimal degrees.': 'Бойлық, ондық градуспен.',
  "Area the place belongs to, if it is inside one of the catalog's areas.":
    'Орын каталог аумақтарының бірінде орналасса, ол тиесілі аумақ.',
  'True for places every offer page measures its distance to (airports, the regional centre, district seats).':
    'Әр ұсыныстың беті қашықтығын көрсететін орындар (әуежайлар, облыс орталығы, аудан орталықтары) үшін мән true болады.',
  'True when the coordinates are approximate.': 'Координаттар шамамен алынған болса, мән true болады.',
  'Other spellings people search for, by language; offers near the place (and its area) are found by them too.':
    'Іздеуде енгізілетін басқа жазылу нұсқалары, тілдер бойынша; сайт олар бойынша орынның (және оның аумағының) маңындағы ұсыныстарды да табады.',
  'Latin spellings (transliterations such as `Balqash`, `Qarqaraly`).':
    'Латын әрпімен жазылу нұсқалары (транслитерация, мысалы `Balqash`, `Qarqaraly`).',
  "Russian spellings people type besides the catalog's own name, e.g. colloquial forms (see GLOSSARY.md).":
    'Каталогтағы атауынан басқа іздеуде енгізілетін орыс тіліндегі жазылу нұсқалары, мысалы ауызекі нысандар (GLOSSARY.md қараңыз).',
  "Kazakh spellings people type besides the catalog's own name, e.g. variants the official register uses (see GLOSSARY.md).":
    'Каталогтағы атауынан басқа іздеуде енгізілетін қазақ тіліндегі жазылу нұсқалары, мысалы ресми тізілімдегі нұсқалар (GLOSSARY.md қараңыз).',
  'Name in each language, e.g. "Karkaraly district".': 'Әр тілдегі атауы, мысалы «Қарқаралы ауданы».',
  "Id of the place that is the area's administrative centre.": 'Аумақтың әкімшілік орталығы болып табылатын орынның id-і.',
  'Schematic outline used to check that offers lie inside the area. Not a legal boundary.':
    'Ұсыныстардың аумақ ішінде орналасқанын тексеруге арналған сұлбалық контур. Ол заңдық шекара болып табылмайды.',
  'Order on the site (lower first).': 'Сайттағы реті (кіші сан жоғары тұрады).',
  'Short description for cards.': 'Карточкаларға арналған қысқаша сипаттама.',
  'Id that offers use in `contact:`.': 'Ұсыныстар `contact:` өрісінде көрсететін id.',
  'Full name in each language.': 'Әр тілдегі тегі мен аты.',
  'Job title in each language.': 'Әр тілдегі лауазымы.',
  "The kind of body the officer works for; it decides which offers they may answer for (a national-park plot needs the park's officer).":
    'Қызметкер жұмыс істейтін органның түрі; осы мән қызметкердің қай ұсыныстарға жауап бере алатынын айқындайды (мемлекеттік ұлттық табиғи парктегі учаскеге парктің қызметкері жауап береді).',
  'Organisation in each language.': 'Әр тілдегі ұйымның атауы.',
  'Phone in international form, e.g. +7 7212 00 00 00.': 'Халықаралық форматтағы телефон нөмірі, мысалы +7 7212 00 00 00.',
  'WhatsApp number in international form, when the officer answers there, e.g. +7 700 000 00 00.':
    'Қызметкер WhatsApp арқылы жауап берсе, оның халықаралық форматтағы нөмірі, мысалы +7 700 000 00 00.',
  'Telegram username without the @, when the officer answers there, e.g. karaganda_invest.':
    'Қызметкер Telegram арқылы жауап берсе, оның @ белгісіз пайдаланушы аты, мысалы karaganda_invest.',
  'Email address.': 'Электрондық пошта мекенжайы.',
  'Languages the officer speaks with investors.': 'Қызметкер инвесторлармен сөйлесетін тілдер.',
  'Id of the programme.': 'Қолдау шарасының id-і.',
  'Programme name in each language.': 'Әр тілдегі қолдау шарасының атауы.',
  'One or two sentences in each language on what the programme gives and to whom.':
    'Шараның не беретінін және кімге берілетінін әр тілде түсіндіретін бір-екі сөйлем.',
  'The act and article it comes from.': 'Шара негізделген акт және оның бабы.',
  'The act (law, code, decree, order) or the report, in each language.':
    'Әр тілдегі актінің (заңның, кодекстің, қаулының, бұйрықтың) немесе хабарламаның атауы.',
  'Article or paragraph, e.g. "art. 286"; leave out when the source has no articles.':
    'Бап немесе тармақ, мысалы «286-бап»; дереккөзде баптар болмаса, өріс толтырылмайды.',
  'Address of the official text or the report.': 'Ресми мәтіннің немесе хабарламаның мекенжайы.',
  'True only when someone has read the current text of the act and found the statement there.':
    'Біреу актінің қолданыстағы мәтінін оқып, осы ережені сол мәтіннен тапқан жағдайда ғана мән true болады.',
  'Which offers may qualify.': 'Шараға қандай ұсыныстар үміттене алады.',
  'Offer kinds that can qualify.': 'Үміттене алатын ұсыныстардың түрлері.',
  'Rights that can qualify.': 'Үміттене алатын құқықтар.',
  'Grantors whose offers can qualify.': 'Ұсыныстары үміттене алатын, құқықты беретін органдар.',
  'Activities (segments) that can qualify; an offer needs at least one of them.':
    'Үміттене алатын қызмет түрлері (туризм бағыттары); ұсыныста олардың кемінде біреуі болуға тиіс.',
  "Minimum estimated investment in MCI: the threshold listing the offer's area wins, else the one without areas.":
    'АЕК-пен белгіленген инвестициялардың ең төменгі болжамды көлемі: ұсыныстың аумағы көрсетілген шек қолданылады, ондай шек болмаса, аумақтары көрсетілмеген шек қолданылады.',
  'Minimum investment, in monthly calculation indices (MCI).':
    'Айлық есептік көрсеткішпен (АЕК) белгіленген инвестициялардың ең төменгі көлемі.',
  'Areas this threshold applies to (e.g. a priority tourist area); leave out for the general threshold.':
    'Шек қолданылатын аумақтар (мысалы, басым туристік аумақ); жалпы шек үшін өріс толтырылмайды.',
  'Where the threshold comes from.': 'Шектің дереккөзі.',
  'Id, `mci-` and the year, e.g. `mci-2026`.': 'Id: `mci-` және жыл, мысалы `mci-2026`.',
  'The calendar year the value applies to.': 'Мән қолданылатын күнтізбелік жыл.',
  'Value of one MCI that year, tenge.': 'Сол жылғы бір АЕК мөлшері, теңге.',
  'The act that sets it (the republican budget law of that year).': 'Мөлшерді белгілейтін акт (сол жылғы республикалық бюджет туралы заң).',
  'The grantor, one of the values offers use in `acquisition.grantor`.':
    'Құқықты кім береді: ұсыныстар `acquisition.grantor` өрісінде көрсететін мәндердің бірі.',
  'Where its routes and rights come from.': 'Құқықты алу тәсілдері мен құқықтар белгіленген дереккөз.',
  'The currency, its lower-case ISO code: `usd` (US dollar) or `eur` (euro). One item per currency.':
    'Валюта, оның кіші әріптермен жазылған ISO коды: `usd` (АҚШ доллары) немесе `eur` (еуро). Әр валютаға бір жазба.',
  'Tenge for one unit of the currency, as the NBK publishes it, e.g. 444.32 (a dot before the decimals).':
    'Валютаның бір бірлігіне келетін теңге, Ұлттық Банк жариялағандай, мысалы 444.32 (бөлшек бөлігі нүктемен).',
  'The day the NBK set the rate for (the date on its table), YYYY-MM-DD. The content check warns when it is more than 31 days old.':
    'Ұлттық Банк бағамды белгілеген күн (кестесіндегі күн), ЖЖЖЖ-АА-КК. Бағам 31 күннен ескі болса, мазмұнды тексеру ескертеді.',
  'Where the rate comes from.': 'Бағамның дереккөзі.',
  'Name of the publisher and its table, in each language.': 'Жариялаушының және оның кестесінің атауы, әр тілде.',
  'Address of the page that shows the rate.': 'Бағам жарияланған беттің мекенжайы.',
  "True only when someone has compared the figure with the NBK's published table of that date.":
    'Мәнді біреу Ұлттық Банктің сол күнгі жарияланған кестесімен салыстырғаннан кейін ғана `true`.',
};

/**
 * Kazakh wording of the schemas' pattern messages, keyed by the English message, for the Kazakh editor at
 * /admin/kk/ (as RU_PATTERN_MESSAGES in ru.ts: lower case and without a full stop, because the editor puts
 * its own words before and a full stop after). Generating the Kazakh configuration fails without one.
 */
export const KK_PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  'must use only lower-case Latin letters, digits and single hyphens, e.g. `shaitankol-glamping`':
    'тек кіші латын әріптері, цифрлар және жалғыз дефистер, мысалы `shaitankol-glamping`',
  'must be digits in groups separated by dashes, e.g. "09-134-021-345"': 'дефиспен бөлінген цифрлар топтары, мысалы «09-134-021-345»',
  'must be a full web address starting with https://': 'https:// деп басталатын толық веб-мекенжай',
  'must be a .jpg, .png, .webp or .avif file name in the offer folder': 'ұсыныс қалтасындағы .jpg, .png, .webp немесе .avif файлының атауы',
  'must be a .pdf file name in the offer folder': 'ұсыныс қалтасындағы .pdf файлының атауы',
  'must be an international number starting with +, e.g. +7 7212 00 00 00':
    '+ белгісінен басталатын халықаралық форматтағы нөмір, мысалы +7 7212 00 00 00',
  'must be the WhatsApp number in international form starting with +, e.g. +7 700 000 00 00':
    '+ белгісінен басталатын халықаралық форматтағы WhatsApp нөмірі, мысалы +7 700 000 00 00',
  'must be a Telegram username without the @: 5 to 32 Latin letters, digits or _, starting with a letter, e.g. karaganda_invest':
    '@ белгісіз Telegram пайдаланушы аты: әріптен басталатын 5–32 латын әрпі, цифр немесе _, мысалы karaganda_invest',
  'must be an email address': 'электрондық пошта мекенжайы, мысалы name@example.kz',
};
