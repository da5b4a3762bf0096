import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Format marker of the ciphertext. For contract IDs what marks a value as ciphertext is the row's
 * flag (lib/contract-ids.ts), never this prefix, since a user can type it.
 */
const FORMAT = 'enc1:';

/** Whether a value has the shape this box writes (format marker + IV + tag + at least one byte). */
export function hasSealedShape(value: string): boolean {
  return value.startsWith(FORMAT) && Buffer.from(value.slice(FORMAT.length), 'base64url').length >= 29;
}

/**
 * Encrypts the Access ID and Contract ID at rest (AES-256-GCM, random 96-bit IV per value).
 * The associated data binds a ciphertext to its row and column, so values cannot be swapped
 * between contracts or organisations in the database without failing authentication.
 */
export interface SecretBox {
  readonly encrypting: boolean;
  /** Ciphertext of `plain` when a key is configured (and `plain` is not empty); otherwise `plain`. */
  seal(plain: string, context: string): string;
  /**
   * The plain text of a stored value: values without the format marker pass through as stored;
   * throws SecretUnavailableError when a marked value cannot be decrypted.
   */
  open(stored: string, context: string): string;
}

export class SecretUnavailableError extends Error {}

export function createSecretBox(key: Buffer | null): SecretBox {
  if (key && key.length !== 32) throw new Error('encryption key must be 32 bytes');
  return {
    encrypting: key !== null,
    seal(plain, context) {
      if (!key || plain === '') return plain;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return FORMAT + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(stored, context) {
      if (!stored.startsWith(FORMAT)) return stored;
      if (!key) {
        throw new SecretUnavailableError(
          'stored IDs are encrypted but SUPPORTLINK_ENCRYPTION_KEY is not set',
        );
      }
      const raw = Buffer.from(stored.slice(FORMAT.length), 'base64url');
      if (raw.length < 29) throw new SecretUnavailableError('a stored value is not well-formed ciphertext');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretUnavailableError('an encrypted ID could not be decrypted with the configured key');
      }
    },
  };
}
