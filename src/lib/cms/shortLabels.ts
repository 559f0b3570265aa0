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
  "Link to the lot itself (not the portal's home page); leave it out until the lot is published.": 'Ссылка на лот',
  'Date bids close (auction, tender or competition); required while the status is at-auction, at-tender or at-competition.':
    'Дата окончания приёма заявок',
  'What the holder pays every year after acquiring (annual rent or land-use fee), tenge, where known.':
    'Ежегодный платёж после приобретения, тенге',
  'True when the network is on the plot or at the given distance and can be connected.': 'Есть, можно подключиться',
  'Condition of the buildings, or `no-buildings` for bare land.': 'Техническое состояние зданий',
  'What the photo shows, in each language, for people who cannot see it. Missing alt text is a warning, not an error.':
    'Описание фото (альтернативный текст)',
};
