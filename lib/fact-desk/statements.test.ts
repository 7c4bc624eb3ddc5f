import { describe, expect, it } from 'vitest';
import { sources } from '@/lib/citations/test-sources';
import { findNames, findStatements, splitStatements } from './statements';

const names = (text: string) => findNames(text).map((name) => name.text);
const statementWith = (text: string, words: string) =>
  findStatements(text).find((statement) => statement.text.replace(/\s/gu, '').includes(words))!;

describe('splitStatements', () => {
  it('ends a statement at a sentence mark, a 【…】 label and a bullet, and keeps offsets exact', () => {
    const text = sources.doc004;
    const pieces = splitStatements(text);
    const chars = [...text];
    for (const piece of pieces) expect(chars.slice(piece.span.start, piece.span.end).join('')).toBe(piece.text);
    expect(pieces.some((piece) => piece.text.trimStart().startsWith('【开放窗口开发】'))).toBe(true);
    const bullets = splitStatements(sources.doc003).filter((piece) => piece.text.trimStart().startsWith('●'));
    expect(bullets.length).toBeGreaterThanOrEqual(4);
  });

  it('does not end a sentence of prose at a page break inside it', () => {
    const statement = statementWith(sources.doc002, '启动全市');
    expect(statement.text.replace(/\s/gu, '')).toContain('首个百亿级高端购物综合体');
  });
});

describe('findNames on the documents', () => {
  it('splits a 、 list of financial institutions into one name each (doc 002)', () => {
    const statement = statementWith(sources.doc002, '南洋商业银行');
    const found = statement.names.map((name) => name.text);
    expect(found).toEqual(
      expect.arrayContaining(['南洋商业银行', '国华人寿', '瑞华健康保险', '重庆股权服务集团', '国家金融信息西部中心']),
    );
    // The count after 等 is a category, not a name.
    expect(found.some((name) => name.includes('21个'))).toBe(false);
  });

  it('finds five closed wharves, with line breaks inside the list (doc 003)', () => {
    const statement = statementWith(sources.doc003, '石门码头');
    expect(statement.names.map((name) => name.text)).toEqual([
      '石门码头',
      '庙溪嘴码头',
      '长安码头',
      '相国寺码头',
      '忠恕沱码头',
    ]);
    const chars = [...sources.doc003];
    for (const name of statement.names) {
      expect(chars.slice(name.start, name.end).join('').replace(/\s/gu, '')).toBe(name.text);
    }
  });

  it('names every item of a list closed by 等 when one item is a name (doc 004)', () => {
    expect(
      names('推动青羊区的少城片区、文殊坊片区、祠堂街等与江北区的洋炮局1862、鎏嘉码头、九街、北仓、猫儿石等知名景点'),
    ).toEqual(['少城片区', '文殊坊片区', '祠堂街', '洋炮局1862', '鎏嘉码头', '九街', '北仓', '猫儿石']);
  });

  it('finds institutions that settled in the district and the restoration works (doc 004, doc 002)', () => {
    const settled = statementWith(sources.doc004, '最高人民法院第五巡回法庭').names.map((name) => name.text);
    expect(settled).toEqual(
      expect.arrayContaining(['最高人民法院第五巡回法庭', '中信银行国际业务运营中心', '海尔出口基地']),
    );
    expect(statementWith(sources.doc004, '丝路花街').names.map((name) => name.text)).toContain('丝路花街');
    expect(names('完成蜀都中学旧址、保定门修缮工程')).toEqual(['蜀都中学旧址', '保定门修缮工程']);
  });

  it('reads 《…》 titles and quoted names after a verb of making, not slogans (doc 004, doc 002, doc 000)', () => {
    expect(names('11月,重庆市江北区与成都市大邑县签署《成都市大邑县 重庆市江北区协同发展合作协议》。')).toEqual([
      '成都市大邑县重庆市江北区协同发展合作协议',
    ]);
    expect(names('出台“江北嘴十条”，举办2022江北嘴新金融峰会')).toEqual(['“江北嘴十条”', '2022江北嘴新金融峰会']);
    expect(statementWith(sources.doc000, '一带一路').names.map((name) => name.text)).not.toContain('“一带一路”');
  });

  it('leaves categories and counted groups out (doc 002, doc 001)', () => {
    expect(names('新年伊始，江北区2023年首批42个重点项目签约')).toEqual([]);
    expect(names('推动4家私募基金公司获批ODLP试点')).toEqual([]);
    expect(names('江北区已有大型城市公园10个')).toEqual([]);
  });
});

describe('findStatements', () => {
  it('gives every document statements with figures and with names', () => {
    for (const text of Object.values(sources)) {
      const statements = findStatements(text);
      expect(statements.filter((statement) => statement.numbers.length > 0).length).toBeGreaterThan(15);
      expect(statements.filter((statement) => statement.names.length > 0).length).toBeGreaterThan(15);
      expect(statements.map((statement) => statement.number)).toEqual(statements.map((_, index) => index + 1));
    }
  });

  it('counts figures with units but not 一带一路 (doc 001)', () => {
    const statement = statementWith(sources.doc001, '一带一路');
    expect(statement.numbers.map((token) => token.text)).not.toContain('一');
  });
});
