/**
 * A part of the element that a page loads on first use (a dynamic `import()`), kept once it has
 * come. One import runs at a time; one that fails is forgotten, so the next `load()` tries again.
 * The promise is kept too: browsers settle even the import of a module they already have in a
 * later task, and callers that hold `value` need not wait for one.
 */
export class OnDemand<T> {
  /** What the import gave, once it has come. */
  value: T | undefined;
  private pending: Promise<T> | undefined;

  constructor(private readonly importer: () => Promise<T>) {}

  /** A part that is there from the start, for code that treats loaded and on-demand parts alike. */
  static of<T>(value: T): OnDemand<T> {
    const part = new OnDemand<T>(() => Promise.resolve(value));
    part.value = value;
    return part;
  }

  load(): Promise<T> {
    if (this.value !== undefined) return Promise.resolve(this.value);
    this.pending ??= this.importer().then(
      (value) => {
        this.value = value;
        return value;
      },
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }
}
