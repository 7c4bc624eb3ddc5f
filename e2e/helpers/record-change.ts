// Steps the record-form journeys share: an editor saves the form as a draft and submits it, another
// user (nobody approves their own change) approves it, and 来源分歧 items are filled in, each
// statement with one of the record's own citations or one of another record found by its words.
import { expect, type Locator, type Page } from '@playwright/test';

/** Saves the open record form as a draft, submits it for review and returns the change's URL. */
export async function saveAndSubmit(editor: Page, title: RegExp) {
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByRole('heading', { name: title })).toBeVisible();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();
  return editor.url();
}

/** Approves the change open on the reviewer's page and waits until it is published. */
export async function approveChange(reviewer: Page) {
  await reviewer.getByLabel('批准并发布').check();
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();
}

/** Adds a discrepancy in 来源分歧 with its aspect (进展, 合作形式 …) and note; returns its group. */
export async function addDiscrepancy(editor: Page, aspect: string, note: string) {
  const section = editor.locator('#discrepancies');
  await section.getByRole('button', { name: '＋ 添加来源分歧' }).click();
  // The record may already have saved ones (来源分歧 1, 2 …): the new one is the one marked 新.
  const item = section.getByRole('group', { name: /^来源分歧 \d+（新）$/ });
  await item.getByLabel('分歧所涉方面').selectOption({ label: aspect });
  await item.getByLabel('说明').fill(note);
  return item;
}

/** The n-th statement (from 0) of a discrepancy's group. */
export const statementOf = (item: Locator, index: number) => item.getByRole('listitem').nth(index);

/** Fills a statement with one of the record's own saved citations and what that document says. */
export async function ownStatement(statement: Locator, number: number, citation: { id: string }, reading: string) {
  await statement.getByLabel(`表述 ${number} 的引文`).selectOption(citation.id);
  await statement.getByLabel('该文件的说法').fill(reading);
}

/**
 * Fills a statement with a citation of another record, found by words of its quote and chosen
 * among the hits by the record it supports (机构「四川省巴中市」), and what that document says.
 */
export async function searchedStatement(statement: Locator, words: string, record: string, reading: string) {
  await statement.getByRole('button', { name: '搜索其他记录的引文' }).click();
  await statement.getByLabel('引文中的文字').fill(words);
  await statement.getByLabel('引文中的文字').press('Enter');
  const hit = statement.getByRole('listitem').filter({ hasText: record });
  await expect(hit).toHaveCount(1);
  await hit.getByRole('button', { name: '选用' }).click();
  await expect(statement.locator('blockquote')).toContainText(words);
  await statement.getByLabel('该文件的说法').fill(reading);
}

/** 来源之间的差异 on a record's public page. */
export const publishedDiscrepancies = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: '来源之间的差异' }) });

/** The one discrepancy with this note on a record's public page (the seed may give the record others). */
export const publishedDiscrepancy = (page: Page, note: string) =>
  publishedDiscrepancies(page).locator('.discrepancy', { hasText: note });
