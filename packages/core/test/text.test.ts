import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { equalsFolded, foldVietnamese, normalizeVietnamese, tokenizeVietnamese } from '../src/text.js';

/** The 67 precomposed lower-case Vietnamese letters, grouped by the ASCII letter they fold to. */
const LETTERS: Record<string, string> = {
  a: 'áàảãạăắằẳẵặâấầẩẫậ',
  d: 'đ',
  e: 'éèẻẽẹêếềểễệ',
  i: 'íìỉĩị',
  o: 'óòỏõọôốồổỗộơớờởỡợ',
  u: 'úùủũụưứừửữự',
  y: 'ýỳỷỹỵ',
};

const lower = Object.entries(LETTERS).flatMap(([base, letters]) => [...letters].map((letter) => ({ letter, base })));
const all = [...lower, ...lower.map(({ letter, base }) => ({ letter: letter.toUpperCase(), base }))];

describe('foldVietnamese', () => {
  it('covers all 134 precomposed Vietnamese letters', () => {
    assert.equal(lower.length, 67);
    assert.equal(new Set(all.map((x) => x.letter)).size, 134);
    for (const { letter } of all) assert.equal(letter.normalize('NFC').length, 1, `${letter} is precomposed`);
  });

  it('folds every precomposed letter given in NFC', () => {
    for (const { letter, base } of all) assert.equal(foldVietnamese(letter.normalize('NFC')), base, letter);
  });

  it('folds every letter given in NFD (decomposed, as pasted from macOS or Word)', () => {
    for (const { letter, base } of all) {
      const nfd = letter.normalize('NFD');
      if (letter.toLowerCase() !== 'đ') assert.ok(nfd.length > 1, `${letter} decomposes`);
      assert.equal(foldVietnamese(nfd), base, letter);
    }
  });

  it('maps đ and Đ (and the look-alike Ð) to d', () => {
    assert.equal(foldVietnamese('Đường Đống Đa'), 'duong dong da');
    assert.equal(foldVietnamese('đ'), 'd');
    assert.equal(foldVietnamese('ÐẮK LẮK'), 'dak lak');
  });

  it('lower-cases mixed case and keeps ASCII untouched', () => {
    assert.equal(foldVietnamese('ĐĂNG Ký KhAi SiNh'), 'dang ky khai sinh');
    assert.equal(foldVietnamese('CCCD 079123456789'), 'cccd 079123456789');
  });

  it('collapses and trims whitespace of every kind', () => {
    assert.equal(foldVietnamese('  đăng\t\tký\n khai\u00a0sinh\u200b '), 'dang ky khai sinh');
    assert.equal(foldVietnamese('\ufeffHộ tịch'), 'ho tich');
    assert.equal(foldVietnamese(''), '');
    assert.equal(foldVietnamese('   '), '');
  });

  it('keeps punctuation and digits', () => {
    assert.equal(foldVietnamese('Giấy CN/QSDĐ, số 12!'), 'giay cn/qsdd, so 12!');
  });

  it('treats both tone placements alike', () => {
    assert.equal(foldVietnamese('Thanh Hoá'), foldVietnamese('Thanh Hóa'));
    assert.ok(equalsFolded('Thủy', 'Thuỷ'));
    assert.ok(!equalsFolded('Thủy', 'Thùy Dung'));
  });

  it('gives the same result for NFC and NFD sentences', () => {
    const sentence = 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp';
    assert.equal(foldVietnamese(sentence.normalize('NFD')), foldVietnamese(sentence));
    assert.equal(
      foldVietnamese(sentence),
      'chung thuc ban sao tu ban chinh giay to, van ban do co quan co tham quyen cap',
    );
  });
});

describe('tokenizeVietnamese', () => {
  it('splits on punctuation and whitespace, folding by default', () => {
    assert.deepEqual(tokenizeVietnamese('Giấy CN/QSDĐ, số 12'), ['giay', 'cn', 'qsdd', 'so', '12']);
  });

  it('keeps diacritics when asked, in NFC', () => {
    const tokens = tokenizeVietnamese('Đăng KÝ'.normalize('NFD'), { fold: false });
    assert.deepEqual(tokens, ['đăng', 'ký']);
    for (const t of tokens) assert.equal(t, t.normalize('NFC'));
  });

  it('returns no tokens for punctuation only', () => {
    assert.deepEqual(tokenizeVietnamese(' - / , . '), []);
  });
});

describe('normalizeVietnamese', () => {
  it('returns NFC with collapsed whitespace and keeps case and diacritics', () => {
    const out = normalizeVietnamese('  Phường   Tân Thạnh '.normalize('NFD'));
    assert.equal(out, 'Phường Tân Thạnh');
    assert.equal(out, out.normalize('NFC'));
  });
});
