import type { Worker } from 'node:worker_threads';

/** Sends a command to a load worker and waits for its one reply (or its error). */
export function askWorker<T>(worker: Worker, command: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (value: T) => {
      worker.off('error', onError);
      resolve(value);
    };
    const onError = (err: Error) => {
      worker.off('message', onMessage);
      reject(err);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(command);
  });
}
