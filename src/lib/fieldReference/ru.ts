/**
 * Russian wording of every field description in src/schemas/, keyed by the English description.
 * The field reference (content/docs/fields.ru.md) is generated from it; a unit test fails when a
 * schema description has no Russian wording here, so a new field cannot reach the guide untranslated.
 */
export const RU_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'Offer kind.': 'Вид предложения.',
  'Where the offer stands.': 'Статус предложения.',
  'Area id: `balkhash` or `karkaraly`.': 'Id территории: `balkhash` или `karkaraly`.',
  'Id of the nearest settlement (city, town or village) in places.yaml.':
    'Id ближайшего населённого пункта (города, посёлка или села) из places.yaml.',
  'Id of the named location the site lies in or at (a lake, the national park, a landmark) in places.yaml.':
    'Id именованного места, в котором или у которого находится объект (озеро, национальный природный парк, достопримечательность), из places.yaml.',
  'The point investors see on maps.': 'Точка, которую инвесторы видят на картах.',
  'Latitude, decimal degrees, WGS 84.': 'Широта, десятичные градусы, WGS 84.',
  'Longitude, decimal degrees, WGS 84.': 'Долгота, десятичные градусы, WGS 84.',
  'Optional outline of the plot.': 'Контур участка (необязательно).',
  'Area and legal category of the land.': 'Площадь и категория земель.',
  'Area in hectares.': 'Площадь, га.',
  'Cadastral number, digits and dashes. Demonstration numbers start with 00- so they are visibly fictitious.':
    'Кадастровый номер: цифры и дефисы. Демонстрационные номера начинаются с 00-, чтобы было видно, что они вымышленные.',
  'Land category under the Land Code.': 'Категория земель по Земельному кодексу.',
  'Land target purpose in each language, quoted from the title document.':
    'Целевое назначение земельного участка на каждом языке, как в правоустанавливающем документе.',
  'English wording.': 'Текст на английском.',
  'Russian wording, following GLOSSARY.md.': 'Текст на русском, по глоссарию (GLOSSARY.md).',
  'Kazakh wording in Cyrillic, following GLOSSARY.md.': 'Текст на казахском (кириллица), по глоссарию (GLOSSARY.md).',
  'The right offered.': 'Предлагаемое право.',
  'The right the investor would hold.': 'Право, которое получит инвестор.',
  'Term in years, for a lease or trust management.': 'Срок аренды или доверительного управления, лет.',
  'Whether a Kazakh company with foreign participation may acquire it. Always false on agricultural land.':
    'Может ли казахстанское юридическое лицо с иностранным участием получить участок. Для земель сельскохозяйственного назначения всегда false.',
  'How to acquire it.': 'Порядок приобретения.',
  'Who grants the right; it decides which routes and rights are possible.':
    'Кто предоставляет право; от этого зависит, какие способы приобретения и права возможны.',
  'The legal route.': 'Способ приобретения.',
  "Link to the lot itself (not the portal's home page); leave it out until the lot is published.":
    'Ссылка на сам лот (не на главную страницу портала); не указывайте, пока лот не опубликован.',
  'Date bids close (auction, tender or competition); required while the status is at-auction, at-tender or at-competition.':
    'Дата окончания приёма заявок (торги (аукцион), тендер или конкурс); обязательна, пока статус — at-auction, at-tender или at-competition.',
  'Guarantee fee a bidder pays, tenge, as the lot notice sets it.': 'Гарантийный взнос участника, тенге, как указано в извещении о лоте.',
  'Price or on request.': 'Цена или «по запросу».',
  'What the amount means, or `on-request`.': 'Что означает сумма, или `on-request` (по запросу).',
  'Amount in tenge; leave out only when the basis is on-request.': 'Сумма в тенге; не указывается, только если basis — on-request.',
  'What the holder pays every year after acquiring (annual rent or land-use fee), tenge, where known.':
    'Сколько правообладатель платит ежегодно после приобретения (годовая арендная плата или плата за землепользование), тенге, если известно.',
  'Estimated total investment needed, tenge.': 'Оценка общего объёма необходимых инвестиций, тенге.',
  'Utilities.': 'Инженерные коммуникации.',
  'Electricity; capacity in kW.': 'Электроснабжение; мощность в кВт.',
  'True when the network is on the plot or at the given distance and can be connected.':
    'true, если сеть есть на участке или на указанном расстоянии и к ней можно подключиться.',
  'Distance to the nearest connection point, metres (0 = on site).': 'Расстояние до ближайшей точки подключения, м (0 — на участке).',
  'Estimated cost to connect, tenge.': 'Оценка стоимости подключения, тенге.',
  'Estimated time to connect, months.': 'Оценка срока подключения, месяцев.',
  'Capacity available, kW.': 'Доступная мощность, кВт.',
  'Water supply; capacity in cubic metres a day.': 'Водоснабжение; объём в кубометрах в сутки.',
  'Capacity available, m³ per day.': 'Доступный объём, м³ в сутки.',
  'Sewerage.': 'Водоотведение (канализация).',
  'Heat supply.': 'Теплоснабжение.',
  'Gas supply.': 'Газоснабжение.',
  'Fixed or mobile internet; speed in Mbit/s.': 'Проводной или мобильный интернет; скорость в Мбит/с.',
  'Typical speed, Mbit/s.': 'Обычная скорость, Мбит/с.',
  'Road access.': 'Подъездная дорога.',
  'Surface of the last stretch to the site.': 'Покрытие последнего участка дороги.',
  'True when the road is passable all year, winter included.': 'true, если дорога проезжая круглый год, включая зиму.',
  'Tourism segments it suits (at least one).': 'Туристские сегменты, для которых подходит (хотя бы один).',
  "Optional: ids from incentives.yaml. The site computes the list from each programme's rules; a listed id the rules reject is an error.":
    'Необязательно: id мер поддержки из incentives.yaml. Сайт сам составляет список по условиям каждой меры; указанный id, который условия не допускают, — ошибка.',
  'The audit visit.': 'Выезд аудита на место.',
  'Date of the site visit.': 'Дата выезда на место.',
  'Organisation that did it, in each language.': 'Организация, проводившая аудит, на каждом языке.',
  'Condition of the buildings, or `no-buildings` for bare land.':
    'Техническое состояние зданий или `no-buildings` для участка без построек.',
  'Photos with alt text.': 'Фотографии с альтернативным текстом.',
  'File name in the offer folder, e.g. `shore.jpg`.': 'Имя файла в папке предложения, например `shore.jpg`.',
  'What the photo shows, in each language, for people who cannot see it. Missing alt text is a warning, not an error.':
    'Что изображено на фото, на каждом языке, для тех, кто не видит изображение. Отсутствие — предупреждение, а не ошибка.',
  'Documents, each a web address (`url`) or a PDF in the offer folder (`file`), exactly one of the two.':
    'Документы: у каждого либо веб-адрес (`url`), либо PDF-файл в папке предложения (`file`), ровно одно из двух.',
  'Title in each language.': 'Название на каждом языке.',
  'What sort of document.': 'Вид документа.',
  'Web address of the document on another site; leave out when the PDF is in the offer folder (`file`).':
    'Веб-адрес документа на другом сайте; не заполняйте, если PDF лежит в папке предложения (`file`).',
  'PDF file name in the offer folder, e.g. `title.pdf`; leave out when the document is a web address (`url`).':
    'Имя PDF-файла в папке предложения, например `title.pdf`; не заполняйте, если документ дан веб-адресом (`url`).',
  'Id of the responsible officer in contacts.yaml.': 'Id ответственного сотрудника из contacts.yaml.',
  'Road distances officials know. Straight-line distances are computed by the site.':
    'Известные расстояния по дороге. Расстояния по прямой сайт вычисляет сам.',
  'Place id.': 'Id места.',
  'Kilometres by road.': 'Километров по дороге.',
  'Date first published.': 'Дата первой публикации.',
  'Date the facts were last changed or confirmed.': 'Дата последнего изменения или подтверждения сведений.',
  'Show on the home page.': 'Показывать на главной странице.',
  'Not ready: the checker lists it, the site does not publish it. Delete the line to publish.':
    'Черновик: проверка показывает его, сайт не публикует. Удалите строку, чтобы опубликовать.',
  'Building facts.': 'Сведения об объекте.',
  'Object type in each language, e.g. "recreation base".': 'Тип объекта на каждом языке, например «база отдыха».',
  'Current owner, in each language.': 'Текущий собственник, на каждом языке.',
  'What the owner offers.': 'Что предлагает собственник.',
  'Total floor area, m².': 'Общая площадь зданий, м².',
  'Year built.': 'Год постройки.',
  'Year of the last major renovation.': 'Год последнего капитального ремонта.',
  'Rooms.': 'Номеров.',
  'Beds (one-time capacity).': 'Мест (единовременная вместимость).',
  'Months it operates, 1–12.': 'Месяцы работы, 1–12.',
  'Beach frontage, metres.': 'Протяжённость пляжа, м.',
  'Utilities it has of its own.': 'Собственные инженерные системы.',
  'Disclosed average occupancy in season, percent.': 'Раскрытая средняя загрузка в сезон, %.',
  'Disclosed annual revenue, tenge.': 'Раскрытая годовая выручка, тенге.',
  'Project economics. Its total investment is `investmentKzt`, which is required here.':
    'Экономика проекта. Общий объём инвестиций — `investmentKzt`, для крупного проекта обязателен.',
  'Project facts.': 'Сведения о проекте.',
  'Estimated internal rate of return, percent.': 'Оценка внутренней нормы доходности (IRR), %.',
  'Estimated payback, years.': 'Оценка срока окупаемости, лет.',
  'Phases in order.': 'Этапы по порядку.',
  'Phase name in each language.': 'Название этапа на каждом языке.',
  'First year.': 'Первый год.',
  'Last year.': 'Последний год.',
  'Investment in this phase, tenge.': 'Инвестиции на этапе, тенге.',
  'Partners sought, in each language.': 'Искомые партнёры, на каждом языке.',
  'Offer title in this language, up to 90 characters.': 'Заголовок предложения на этом языке, до 90 знаков.',
  'One or two sentences for cards and search results, up to 280 characters.':
    'Одно-два предложения для карточек и результатов поиска, до 280 знаков.',
  'Id that offers use in `place:`, e.g. `karkaraly`.': 'Id, который предложения указывают в `place:`, например `karkaraly`.',
  'Name in each language.': 'Название на каждом языке.',
  'What the place is.': 'Что это за место.',
  'Latitude, decimal degrees.': 'Широта, десятичные градусы.',
  'Longitude, decimal degrees.': 'Долгота, десятичные градусы.',
  "Area the place belongs to, if it is inside one of the catalog's areas.":
    'Территория, к которой относится место, если оно в одной из территорий каталога.',
  'True for places every offer page measures its distance to (airports, the regional centre, district seats).':
    'true для мест, расстояние до которых показывается на каждой странице предложения (аэропорты, областной центр, районные центры).',
  'True when the coordinates are approximate.': 'true, если координаты приблизительные.',
  'Other spellings people search for, by language; offers near the place (and its area) are found by them too.':
    'Другие написания, которые вводят в поиске, по языкам; по ним находятся и предложения рядом с местом (и в его территории).',
  'Latin spellings (transliterations such as `Balqash`, `Qarqaraly`).':
    'Написания латиницей (транслитерации, например `Balqash`, `Qarqaraly`).',
  "Russian spellings people type besides the catalog's own name, e.g. colloquial forms (see GLOSSARY.md).":
    'Русские написания, которые вводят помимо названия в каталоге, например разговорные формы (см. GLOSSARY.md).',
  "Kazakh spellings people type besides the catalog's own name, e.g. variants the official register uses (see GLOSSARY.md).":
    'Казахские написания, которые вводят помимо названия в каталоге, например варианты из официального реестра (см. GLOSSARY.md).',
  'Name in each language, e.g. "Karkaraly district".': 'Название на каждом языке, например «Каркаралинский район».',
  "Id of the place that is the area's administrative centre.": 'Id места — административного центра территории.',
  'Schematic outline used to check that offers lie inside the area. Not a legal boundary.':
    'Схематичный контур для проверки, что предложения лежат внутри территории. Не юридическая граница.',
  'Order on the site (lower first).': 'Порядок на сайте (меньше — выше).',
  'Short description for cards.': 'Краткое описание для карточек.',
  'Id that offers use in `contact:`.': 'Id, который предложения указывают в `contact:`.',
  'Full name in each language.': 'Фамилия и имя на каждом языке.',
  'Job title in each language.': 'Должность на каждом языке.',
  "The kind of body the officer works for; it decides which offers they may answer for (a national-park plot needs the park's officer).":
    'Вид органа, в котором работает сотрудник; от него зависит, за какие предложения он может отвечать (для участка в государственном национальном природном парке нужен сотрудник парка).',
  'Organisation in each language.': 'Организация на каждом языке.',
  'Phone in international form, e.g. +7 7212 00 00 00.': 'Телефон в международном формате, например +7 7212 00 00 00.',
  'WhatsApp number in international form, when the officer answers there, e.g. +7 700 000 00 00.':
    'Номер WhatsApp в международном формате, если сотрудник отвечает там, например +7 700 000 00 00.',
  'Telegram username without the @, when the officer answers there, e.g. karaganda_invest.':
    'Имя пользователя в Telegram без @, если сотрудник отвечает там, например karaganda_invest.',
  'Email address.': 'Адрес электронной почты.',
  'Languages the officer speaks with investors.': 'Языки, на которых сотрудник общается с инвесторами.',
  'Id of the programme.': 'Id меры поддержки.',
  'Programme name in each language.': 'Название меры поддержки на каждом языке.',
  'One or two sentences in each language on what the programme gives and to whom.':
    'Одно-два предложения на каждом языке: что даёт мера и кому.',
  'The act and article it comes from.': 'Акт и статья, на которых основана мера.',
  'The act (law, code, decree, order) or the report, in each language.':
    'Акт (закон, кодекс, постановление, приказ) или сообщение, на каждом языке.',
  'Article or paragraph, e.g. "art. 286"; leave out when the source has no articles.':
    'Статья или пункт, например «ст. 286»; не указывайте, если в источнике нет статей.',
  'Address of the official text or the report.': 'Адрес официального текста или сообщения.',
  'True only when someone has read the current text of the act and found the statement there.':
    'true, только если кто-то прочитал действующий текст акта и нашёл в нём это положение.',
  'Which offers may qualify.': 'Какие предложения могут претендовать на меру.',
  'Offer kinds that can qualify.': 'Виды предложений, которые могут претендовать.',
  'Rights that can qualify.': 'Права, которые могут претендовать.',
  'Grantors whose offers can qualify.': 'Кто предоставляет право в предложениях, которые могут претендовать.',
  'Activities (segments) that can qualify; an offer needs at least one of them.':
    'Виды деятельности (сегменты), которые могут претендовать; у предложения должен быть хотя бы один из них.',
  "Minimum estimated investment in MCI: the threshold listing the offer's area wins, else the one without areas.":
    'Минимальный оценочный объём инвестиций в МРП: действует порог, в котором указана территория предложения, иначе — порог без территорий.',
  'Minimum investment, in monthly calculation indices (MCI).': 'Минимальный объём инвестиций в месячных расчётных показателях (МРП).',
  'Areas this threshold applies to (e.g. a priority tourist area); leave out for the general threshold.':
    'Территории, к которым относится порог (например, приоритетная туристская территория); не указывайте для общего порога.',
  'Where the threshold comes from.': 'Откуда взят порог.',
  'Id, `mci-` and the year, e.g. `mci-2026`.': 'Id: `mci-` и год, например `mci-2026`.',
  'The calendar year the value applies to.': 'Календарный год, к которому относится значение.',
  'Value of one MCI that year, tenge.': 'Размер одного МРП в этом году, тенге.',
  'The act that sets it (the republican budget law of that year).':
    'Акт, который его устанавливает (закон о республиканском бюджете на этот год).',
  'The grantor, one of the values offers use in `acquisition.grantor`.':
    'Кто предоставляет право: одно из значений, которые предложения указывают в `acquisition.grantor`.',
  'Where its routes and rights come from.': 'Откуда взяты его способы приобретения и права.',
  'The currency, its lower-case ISO code: `usd` (US dollar) or `eur` (euro). One item per currency.':
    'Валюта, её код ISO строчными буквами: `usd` (доллар США) или `eur` (евро). Одна запись на валюту.',
  'Tenge for one unit of the currency, as the NBK publishes it, e.g. 444.32 (a dot before the decimals).':
    'Сколько тенге стоит одна единица валюты, как её публикует НБРК, например 444.32 (дробная часть через точку).',
  'The day the NBK set the rate for (the date on its table), YYYY-MM-DD. The content check warns when it is more than 31 days old.':
    'День, на который НБРК установил курс (дата в его таблице), ГГГГ-ММ-ДД. Проверка содержимого предупреждает, если курсу больше 31 дня.',
  'Where the rate comes from.': 'Откуда взят курс.',
  'Name of the publisher and its table, in each language.': 'Название издателя и его таблицы на каждом языке.',
  'Address of the page that shows the rate.': 'Адрес страницы, на которой опубликован курс.',
  "True only when someone has compared the figure with the NBK's published table of that date.":
    '`true` только после того, как кто-то сверил значение с опубликованной таблицей НБРК на эту дату.',
};

/**
 * Russian wording of the schemas' pattern messages, keyed by the English message: the editor is in Russian
 * and shows this text under a field whose value does not match, after its own «…не соответствует шаблону:»
 * and before its own full stop (so each starts in lower case and ends without one). Generating the editor's configuration
 * fails when a pattern has no wording here, so a new pattern cannot reach officials in English.
 */
export const RU_PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  'must use only lower-case Latin letters, digits and single hyphens, e.g. `shaitankol-glamping`':
    'только строчные латинские буквы, цифры и одиночные дефисы, например `shaitankol-glamping`',
  'must be digits in groups separated by dashes, e.g. "09-134-021-345"': 'группы цифр через дефис, например «09-134-021-345»',
  'must be a full web address starting with https://': 'полный веб-адрес, начинающийся с https://',
  'must be a .jpg, .png, .webp or .avif file name in the offer folder': 'имя файла .jpg, .png, .webp или .avif из папки предложения',
  'must be a .pdf file name in the offer folder': 'имя файла .pdf из папки предложения',
  'must be an international number starting with +, e.g. +7 7212 00 00 00':
    'номер в международном формате, начиная с +, например +7 7212 00 00 00',
  'must be the WhatsApp number in international form starting with +, e.g. +7 700 000 00 00':
    'номер WhatsApp в международном формате, начиная с +, например +7 700 000 00 00',
  'must be a Telegram username without the @: 5 to 32 Latin letters, digits or _, starting with a letter, e.g. karaganda_invest':
    'имя пользователя Telegram без @: от 5 до 32 латинских букв, цифр или _, первая — буква, например karaganda_invest',
  'must be an email address': 'адрес электронной почты, например name@example.kz',
};
