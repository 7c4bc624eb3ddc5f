import { describe, expect, it } from 'vitest';
import type { ChangeStatus, Role } from '@/lib/generated/prisma/enums';
import { canDecide, canEdit, canRebase, hasEdited, isEditable, isOpen, ownsChange } from './rules';

const person = (id: string, role: Role) => ({ id, role });
const author = person('author', 'EDITOR');
const otherEditor = person('other', 'EDITOR');
const admin = person('admin', 'ADMIN');
const reviewer = person('reviewer', 'REVIEWER');
const change = (status: ChangeStatus, editorIds: string[] = []) => ({
  status,
  authorId: author.id,
  revisions: [author.id, ...editorIds].map((editorId) => ({ editorId })),
});

describe('editorial rules', () => {
  it('keeps a change editable while it is a draft or sent back', () => {
    expect(isEditable(change('DRAFT'))).toBe(true);
    expect(isEditable(change('CHANGES_REQUESTED'))).toBe(true);
    for (const status of ['IN_REVIEW', 'PUBLISHED', 'REJECTED', 'DISCARDED'] as const) {
      expect(isEditable(change(status)), status).toBe(false);
    }
    expect(isOpen(change('IN_REVIEW'))).toBe(true);
    expect(isOpen(change('PUBLISHED'))).toBe(false);
  });

  it('lets the author or an admin edit an editable change, and nobody else', () => {
    expect(ownsChange(author, change('DRAFT'))).toBe(true);
    expect(canEdit(author, change('DRAFT'))).toBe(true);
    expect(canEdit(admin, change('CHANGES_REQUESTED'))).toBe(true);
    expect(canEdit(otherEditor, change('DRAFT'))).toBe(false);
    expect(canEdit(author, change('IN_REVIEW'))).toBe(false);
    // Reviewers do not edit, even a change that is nominally theirs.
    expect(canEdit(person('author', 'REVIEWER'), change('DRAFT'))).toBe(false);
    expect(canRebase(author, change('IN_REVIEW'))).toBe(true);
    expect(canRebase(otherEditor, change('IN_REVIEW'))).toBe(false);
    expect(canRebase(author, change('PUBLISHED'))).toBe(false);
  });

  it('lets a reviewer decide a change in review that they never edited', () => {
    expect(canDecide(reviewer, change('IN_REVIEW'))).toBe(true);
    expect(canDecide(admin, change('IN_REVIEW'))).toBe(true);
    expect(canDecide(reviewer, change('DRAFT'))).toBe(false);
    expect(canDecide(otherEditor, change('IN_REVIEW'))).toBe(false);
  });

  it('refuses the decision to anyone who saved a revision (four eyes)', () => {
    const editedByAdmin = change('IN_REVIEW', [admin.id]);
    expect(hasEdited(admin, editedByAdmin)).toBe(true);
    expect(canDecide(admin, editedByAdmin)).toBe(false);
    expect(canDecide(reviewer, editedByAdmin)).toBe(true);
    expect(canDecide(person('author', 'ADMIN'), change('IN_REVIEW'))).toBe(false);
  });
});
