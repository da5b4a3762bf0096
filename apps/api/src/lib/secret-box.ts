import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Format marker inside the ciphertext; what marks a value as ciphertext is the row's flag, not this. */
const FORMAT = 'enc1:';

/**
 * Encrypts the Access ID and Contract ID at rest (AES-256-GCM, random 96-bit IV per value).
 * The associated data binds a ciphertext to its row and column, so values cannot be swapped
 * between contracts or organisations in the database without failing authentication.
 */
export interface SecretBox {
  readonly encrypting: boolean;
  /** Ciphertext of `plain`; only called when `encrypting`. */
  seal(plain: string, context: string): string;
  /** The plain text of a value stored as ciphertext; throws SecretUnavailableError when it cannot. */
  open(sealed: string, context: string): string;
}

export class SecretUnavailableError extends Error {}

export function createSecretBox(key: Buffer | null): SecretBox {
  if (key && key.length !== 32) throw new Error('encryption key must be 32 bytes');
  return {
    encrypting: key !== null,
    seal(plain, context) {
      if (!key) throw new Error('no encryption key configured');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return FORMAT + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(sealed, context) {
      if (!key)
        throw new SecretUnavailableError(
          'stored IDs are encrypted but SUPPORTLINK_ENCRYPTION_KEY is not set',
        );
      const raw = sealed.startsWith(FORMAT) ? Buffer.from(sealed.slice(FORMAT.length), 'base64url') : null;
      if (!raw || raw.length < 29)
        throw new SecretUnavailableError('a stored ID is marked encrypted but is not ciphertext');
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
