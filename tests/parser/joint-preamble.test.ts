import { describe, expect, it } from 'vitest';
import { findSelfIssuer } from '../../parser/extract/issuer.js';
import { parseDocument } from '../../parser/index.js';

describe('a joint act named by its preamble', () => {
  it('reads the second body after the first one’s verb (karaganda-2021-0000-joint-v21k0026419)', () => {
    const self = findSelfIssuer(
      'с учетом мнения населения соответствующей территории, акимат Карагандинской ' +
        'области ПОСТАНОВЛЯЕТ и Карагандинский областной маслихат РЕШИЛ:',
    );
    expect(self).toMatchObject({ kind: 'akimat', type: 'resolution' });
    expect(self?.co).toMatchObject({ kind: 'maslikhat', type: 'decision', level: 'областной' });
    expect(findSelfIssuer('… Абайский районный маслихат РЕШИЛ:')?.co).toBeUndefined();
  });

  it('takes the co-issuer’s number from the appendix header naming both acts (zko-2010-1110-joint-251)', () => {
    const text = [
      'на основании заключения заседания областной ономастической комиссии от 8 ноября 2010 ' +
        'года N 3-10 акимат области ПОСТАНОВЛЯЕТ и областной маслихат РЕШИЛ:',
      '1. Переименовать некоторые населенные пункты и сельские округа ' +
        'Западно-Казахстанской области согласно приложению.',
      '2. Настоящее постановление и решение вводится в действие со дня его первого официального опубликования.',
      'Аким области Председатель сессии',
      'Б. Измухамбетов И. Илимисов',
      'Приложение',
      'к постановлению',
      'Западно-Казахстанского',
      'областного акимата',
      'от 10 ноября 2010 года N 251',
      'и решению',
      'Западно-Казахстанского',
      'областного маслихата',
      'от 13 декабря 2010 года N 28-7',
      'Перечень некоторых населенных пунктов',
    ].join('\n');
    const { act } = parseDocument(text).parsed;
    expect([act.issuerKind, act.adopted, act.number]).toEqual(['akimat', '2010-11-10', '251']);
    expect(act.coIssuers).toMatchObject([{ issuerKind: 'maslikhat', number: '28-7', type: 'decision' }]);
  });
});
