import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError, type ClientErrorCode } from '../../../../shared/api/client.ts';
import { MAX_ATTACHMENTS_PER_MESSAGE, type AttachmentInfo, type ErrorCode } from '../../../../shared/contracts.ts';
import { uploadAttachment } from '../api/upload-attachment.ts';

export interface Upload {
  key: string;
  name: string;
  progress: number;
  state: 'uploading' | 'done' | 'failed';
  info: AttachmentInfo | null;
  error: ErrorCode | ClientErrorCode | null;
}

const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
const MAX_BYTES = 10 * 1024 * 1024;

/** Said before a byte is sent when the file plainly cannot be taken; the server checks every file anyway. */
function refusalOf(file: File): ErrorCode | null {
  if (/\.hei[cf]$/i.test(file.name) || /hei[cf]/i.test(file.type)) return 'attachment_heic_unsupported';
  if (!ALLOWED_TYPES.includes(file.type)) return 'attachment_type_not_allowed';
  if (file.size > MAX_BYTES) return 'attachment_too_large';
  return null;
}

/** Files being attached to the next message (R-MS-11): each uploads at once, with its progress. */
export function useAttachmentUploads(conversationId: string) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const update = (key: string, change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const add = (files: readonly File[]) => {
    const room = MAX_ATTACHMENTS_PER_MESSAGE - uploads.filter((u) => u.state !== 'failed').length;
    files.forEach((file, index) => {
      const key = crypto.randomUUID();
      const refusal = index >= room ? 'too_many_attachments' : refusalOf(file);
      setUploads((list) => [...list, { key, name: file.name, progress: 0, state: refusal ? 'failed' : 'uploading', info: null, error: refusal }]);
      if (refusal) return;
      const controller = new AbortController();
      controllers.current.set(key, controller);
      uploadAttachment(conversationId, file, (progress) => update(key, { progress }), controller.signal)
        .then((info) => update(key, { state: 'done', progress: 1, info }))
        .catch((error: unknown) => {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          update(key, { state: 'failed', error: isApiError(error) ? error.code : 'internal_error' });
        })
        .finally(() => controllers.current.delete(key));
    });
  };

  const remove = (key: string) => {
    controllers.current.get(key)?.abort();
    setUploads((list) => list.filter((u) => u.key !== key));
  };

  const clear = useCallback(() => setUploads([]), []);

  return {
    uploads,
    add,
    remove,
    clear,
    ready: uploads.flatMap((u) => (u.info ? [u.info] : [])),
    busy: uploads.some((u) => u.state === 'uploading'),
  };
}
