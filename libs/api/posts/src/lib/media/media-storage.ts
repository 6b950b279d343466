import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/**
 * Where media bytes live, by key (`<org>/<media>/<name>`). The filesystem under DATA_DIR today; an
 * S3-compatible store can implement the same three calls.
 */
export interface MediaStorage {
  /** Stores the whole file or nothing: readers never see a partial file. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when absent. */
  get(key: string): Promise<Buffer | null>;
  /** Absent keys are fine (deleting twice is not an error). */
  delete(key: string): Promise<void>;
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}\/[a-z0-9.-]{1,40}$/;

/** Files under one root directory: written to a temporary name in the same folder, then renamed. */
export class FilesystemMediaStorage implements MediaStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** Keys are ours (ids and fixed names), never user input; checked anyway so no path leaves the root. */
  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`Invalid media key ${key}`);
    const path = resolve(join(this.root, key));
    if (!path.startsWith(this.root + sep)) throw new Error(`Media key ${key} leaves the storage root`);
    return path;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.part`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
