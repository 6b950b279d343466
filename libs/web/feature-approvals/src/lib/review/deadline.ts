/** A step's deadline is past: the post is late for this step (compared with the instant the screen was drawn). */
export function isOverdue(deadline: string | null, now: Date = new Date()): boolean {
  return deadline !== null && new Date(deadline).getTime() < now.getTime();
}
