import { useCallback, useEffect, useRef, useState } from 'react';

/** The Barcode Detection API is not in TypeScript's DOM types yet; only what is used here. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

/** Reads the QR code in the video's current frame, or null when there is none. */
type QrReader = (video: HTMLVideoElement) => Promise<string | null>;

const SCAN_INTERVAL_MS = 200;

const hasCamera = () => typeof navigator.mediaDevices?.getUserMedia === 'function';

/**
 * The browser's own BarcodeDetector where it reads QR codes (Android, macOS, ChromeOS); elsewhere
 * (Chromium on Linux and Windows, Firefox) jsQR on frames drawn to a canvas, loaded only then.
 */
async function qrReader(): Promise<QrReader> {
  const Native = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  const formats = Native ? await Native.getSupportedFormats?.().catch(() => []) : [];
  if (Native && (formats === undefined || formats.includes('qr_code'))) {
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video).catch(() => []))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No canvas to read frames on');
  return async (video) => {
    if (video.videoWidth === 0) return null;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

export type ScannerState = 'idle' | 'starting' | 'scanning' | 'failed';

/**
 * Reads a QR code with the camera where the browser lets a page use one (without, the code is typed
 * in). The camera is on only while scanning, and off after a read.
 */
export function useQrScanner(onCode: (code: string) => void) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const stopRef = useRef<(() => void) | null>(null);
  const [state, setState] = useState<ScannerState>('idle');
  const supported = hasCamera();
  // The latest callback, so a scan that started earlier reports to the page as it is now.
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });

  const stop = useCallback(() => {
    stopRef.current?.();
    stopRef.current = null;
    setState('idle');
  }, []);

  const start = useCallback(async () => {
    const video = videoRef.current;
    if (!hasCamera() || !video) return;
    setState('starting');
    let stream: MediaStream | null = null;
    let read: QrReader;
    try {
      read = await qrReader();
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      video.srcObject = stream;
      await video.play();
    } catch {
      stream?.getTracks().forEach((track) => track.stop());
      setState('failed');
      return;
    }

    let active = true;
    let timer: number | undefined;
    const release = () => {
      active = false;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
      video.srcObject = null;
    };
    const tick = async () => {
      if (!active) return;
      const code = await read(video).catch(() => null);
      if (code && active) {
        release();
        stopRef.current = null;
        setState('idle');
        onCodeRef.current(code);
        return;
      }
      timer = window.setTimeout(() => void tick(), SCAN_INTERVAL_MS);
    };
    stopRef.current = release;
    setState('scanning');
    void tick();
  }, []);

  // Leaving the page turns the camera off.
  useEffect(() => () => stopRef.current?.(), []);

  return { videoRef, state, supported, start, stop };
}
