import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../../shared/api/client.ts';
import { MAX_ATTACHMENTS_PER_MESSAGE, type AttachmentInfo } from '../../../../shared/contracts.ts';
import { uploadAttachment } from '../api/upload-attachment.ts';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPTED = ['image/jpeg', 'image/png', 'application/pdf'];
/** The file picker offers these; the server decides from the content, whatever the name says. */
export const ACCEPT_ATTRIBUTE = ACCEPTED.join(',');

export interface DraftAttachment {
  key: string;
  name: string;
  size: number;
  /** A small picture of a photo, read from the file itself (never fetched). */
  preview: string | null;
  /** 0…1 while it goes out; at 1 the server is still checking it. */
  progress: number;
  uploaded: AttachmentInfo | null;
}

export interface RefusedFile {
  name: string;
  error: unknown;
}

/** What the server would refuse anyway, said at once without sending the file. */
function refusedBeforeUpload(file: File): ApiError | null {
  if (/\.hei[cf]$/i.test(file.name) || /^image\/hei[cf]/.test(file.type)) return new ApiError(0, 'attachment_heic_unsupported', 'HEIC');
  if (file.size > MAX_BYTES) return new ApiError(0, 'attachment_too_large', 'Too large');
  if (file.type && !ACCEPTED.includes(file.type)) return new ApiError(0, 'attachment_type_not_allowed', 'Type');
  return null;
}

function readPreview(file: File): Promise<string | null> {
  if (file.type !== 'image/jpeg' && file.type !== 'image/png') return Promise.resolve(null);
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(typeof reader.result === 'string' ? reader.result : null));
    reader.addEventListener('error', () => resolve(null));
    reader.readAsDataURL(file);
  });
}

/**
 * Files for the next message: each uploaded as soon as it is chosen, with progress, and removable
 * until the message is sent. A refused file is dropped and its reason kept to show.
 */
export function useAttachmentDrafts(conversationId: string) {
  const [drafts, setDrafts] = useState<DraftAttachment[]>([]);
  const [refused, setRefused] = useState<RefusedFile[]>([]);
  const uploads = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const running = uploads.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const change = (key: string, update: Partial<DraftAttachment>) => setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...update } : d)));

  const upload = async (file: File) => {
    const key = crypto.randomUUID();
    const controller = new AbortController();
    uploads.current.set(key, controller);
    setDrafts((all) => [...all, { key, name: file.name, size: file.size, preview: null, progress: 0, uploaded: null }]);
    void readPreview(file).then((preview) => change(key, { preview }));
    try {
      const uploaded = await uploadAttachment(conversationId, file, (progress) => change(key, { progress }), controller.signal);
      change(key, { uploaded, progress: 1 });
    } catch (error) {
      setDrafts((all) => all.filter((d) => d.key !== key));
      if (!(error instanceof DOMException && error.name === 'AbortError')) setRefused((all) => [...all, { name: file.name, error }]);
    } finally {
      uploads.current.delete(key);
    }
  };

  const add = (files: File[]) => {
    setRefused([]);
    let room = MAX_ATTACHMENTS_PER_MESSAGE - drafts.length;
    for (const file of files) {
      const early = room > 0 ? refusedBeforeUpload(file) : new ApiError(0, 'too_many_attachments', 'Too many');
      if (early) {
        setRefused((all) => [...all, { name: file.name, error: early }]);
        continue;
      }
      room -= 1;
      void upload(file);
    }
  };

  const remove = (key: string) => {
    uploads.current.get(key)?.abort();
    setDrafts((all) => all.filter((d) => d.key !== key));
  };

  const clear = useCallback(() => {
    setDrafts([]);
    setRefused([]);
  }, []);

  return {
    drafts,
    refused,
    add,
    remove,
    clear,
    busy: drafts.some((d) => !d.uploaded),
    attachmentIds: drafts.flatMap((d) => (d.uploaded ? [d.uploaded.id] : [])),
  };
}
