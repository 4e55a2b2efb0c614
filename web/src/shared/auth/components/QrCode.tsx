import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

interface QrCodeProps {
  data: string;
  alt: string;
}

/**
 * Renders BankID's animated QR code: a new image each time the data changes (once a second).
 * The raw string is on the image as data-qr, so end-to-end tests can hand it to the simulator.
 */
export function QrCode({ data, alt }: QrCodeProps) {
  const [image, setImage] = useState<{ src: string; data: string } | null>(null);

  useEffect(() => {
    let current = true;
    toDataURL(data, { width: 480, margin: 2, errorCorrectionLevel: 'L' }).then(
      (src) => {
        if (current) setImage({ src, data });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [data]);

  if (!image) return <div className="vk-qr__placeholder" aria-hidden="true" />;
  return <img className="vk-qr__image" src={image.src} data-qr={image.data} alt={alt} width={240} height={240} />;
}
