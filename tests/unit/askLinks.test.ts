import { describe, expect, it } from 'vitest';
import { askLinks, askMessage } from '../../src/lib/catalog/askLinks.ts';

const base = {
  offerId: 'balkhash-city-beach',
  url: 'https://tourism-invest.karaganda.example/ru/offers/balkhash-city-beach/',
};

describe('askMessage', () => {
  it('names the offer id and title in the subject, in each language', () => {
    expect(askMessage({ ...base, lang: 'en', title: 'City beach' }).subject).toBe(
      'Question about investment offer balkhash-city-beach: City beach',
    );
    expect(askMessage({ ...base, lang: 'ru', title: 'Городской пляж' }).subject).toBe(
      'Вопрос по инвестиционному предложению balkhash-city-beach: Городской пляж',
    );
    expect(askMessage({ ...base, lang: 'kk', title: 'Қалалық жағажай' }).subject).toBe(
      'balkhash-city-beach инвестициялық ұсынысы бойынша сұрақ: Қалалық жағажай',
    );
  });

  it('writes the body in the page language with the offer link', () => {
    const en = askMessage({ ...base, lang: 'en', title: 'City beach' }).body;
    expect(en.startsWith('Hello,\n\n')).toBe(true);
    expect(en).toContain(
      '“City beach” (id balkhash-city-beach):\nhttps://tourism-invest.karaganda.example/ru/offers/balkhash-city-beach/\n',
    );
    const ru = askMessage({ ...base, lang: 'ru', title: 'Городской пляж' }).body;
    expect(ru.startsWith('Здравствуйте!\n\nМеня интересует инвестиционное предложение «Городской пляж»')).toBe(true);
    expect(ru).toContain('С уважением,');
    const kk = askMessage({ ...base, lang: 'kk', title: 'Қалалық жағажай' }).body;
    expect(kk.startsWith('Сәлеметсіз бе!\n\n«Қалалық жағажай» инвестициялық ұсынысы')).toBe(true);
    expect(kk).toContain('Құрметпен,');
  });
});

describe('askLinks', () => {
  it('encodes Cyrillic, spaces and & in the mailto subject and body', () => {
    const { email } = askLinks({ ...base, lang: 'ru', title: 'Пляж & кафе', email: 'balkhash.land@example.kz' });
    expect(email).toBeDefined();
    const [address, query] = email!.split('?');
    expect(address).toBe('mailto:balkhash.land@example.kz');
    // Exactly two parameters: an unencoded & in the title would have made a third.
    expect(query!.split('&')).toHaveLength(2);
    expect(query!.startsWith('subject=%D0%92%D0%BE%D0%BF%D1%80%D0%BE%D1%81%20%D0%BF%D0%BE%20')).toBe(true);
    expect(query).toContain('balkhash-city-beach%3A%20%D0%9F%D0%BB%D1%8F%D0%B6%20%26%20%D0%BA%D0%B0%D1%84%D0%B5&body=');
    expect(query).not.toContain('+');
    const body = decodeURIComponent(query!.split('&body=')[1]!);
    expect(body).toContain(
      '«Пляж & кафе» (id balkhash-city-beach):\nhttps://tourism-invest.karaganda.example/ru/offers/balkhash-city-beach/',
    );
  });

  it('dials digits only and drops the plus for WhatsApp', () => {
    const links = askLinks({
      ...base,
      lang: 'en',
      title: 'City beach',
      phone: '+7 700 000 00 01',
      whatsapp: '+7 (700) 000-00-11',
      telegram: 'karaganda_invest',
    });
    expect(links.phone).toBe('tel:+77000000001');
    expect(links.whatsapp?.startsWith('https://wa.me/77000000011?text=Hello%2C%0A%0AI%20am%20interested')).toBe(true);
    expect(links.telegram).toBe('https://t.me/karaganda_invest');
    expect(links.email).toBeUndefined();
  });

  it('gives no link for a channel the contact does not list', () => {
    expect(askLinks({ ...base, lang: 'kk', title: 'x' })).toEqual({});
  });
});
