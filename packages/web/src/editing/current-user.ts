/**
 * The signed-in user as far as editing needs it: drafts are kept per user (a shared office PC
 * must not offer one care manager's unsent text to another) and histories say "自分".
 */
export interface EditingUser {
  id: string;
  displayName: string;
}

let currentUser: EditingUser | undefined;

/** Called by the app on sign-in (and with undefined on sign-out). */
export function setEditingUser(user: EditingUser | undefined): void {
  currentUser = user;
}

export function getEditingUser(): EditingUser | undefined {
  return currentUser;
}
