import { useCallback, useEffect, useRef, useState } from 'react';

/** The Barcode Detection API is not in TypeScript's DOM types yet; only what is used here. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

const SCAN_INTERVAL_MS = 200;

function detectorClass(): BarcodeDetectorClass | null {
  const found = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  return found && typeof navigator.mediaDevices?.getUserMedia === 'function' ? found : null;
}

export type ScannerState = 'idle' | 'starting' | 'scanning' | 'failed';

/**
 * Reads a QR code with the camera where the browser has BarcodeDetector (progressive enhancement:
 * without it the code is typed in). The camera is on only while scanning, and off after a read.
 */
export function useQrScanner(onCode: (code: string) => void) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const stopRef = useRef<(() => void) | null>(null);
  const [state, setState] = useState<ScannerState>('idle');
  const supported = detectorClass() !== null;
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
    const Detector = detectorClass();
    const video = videoRef.current;
    if (!Detector || !video) return;
    setState('starting');
    let stream: MediaStream | null = null;
    try {
      const formats = await Detector.getSupportedFormats?.();
      if (formats && !formats.includes('qr_code')) throw new Error('This browser cannot read QR codes');
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      video.srcObject = stream;
      await video.play();
    } catch {
      stream?.getTracks().forEach((track) => track.stop());
      setState('failed');
      return;
    }

    const detector = new Detector({ formats: ['qr_code'] });
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
      const found = await detector.detect(video).catch(() => []);
      const code = found[0]?.rawValue;
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
