import { useState } from 'react';
import { uploadDocumentAttachment } from '../api/documents-api.ts';

export interface DocumentUpload {
  key: string;
  name: string;
  progress: number;
  id: string | null;
  error: unknown;
}

/** PDFs attached to an invitation: each uploaded at once, with progress; the send takes the ids of those done. */
export function useDocumentUploads() {
  const [uploads, setUploads] = useState<DocumentUpload[]>([]);
  const update = (key: string, change: Partial<DocumentUpload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  const add = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const key = crypto.randomUUID();
      setUploads((list) => [...list, { key, name: file.name, progress: 0, id: null, error: null }]);
      uploadDocumentAttachment(file, (progress) => update(key, { progress }))
        .then((info) => update(key, { id: info.id, name: info.name, progress: 1 }))
        .catch((error: unknown) => update(key, { error }));
    }
  };
  const remove = (key: string) => setUploads((list) => list.filter((u) => u.key !== key));
  return { uploads, add, remove, ids: uploads.filter((u) => u.id).map((u) => u.id!), busy: uploads.some((u) => !u.id && !u.error) };
}
