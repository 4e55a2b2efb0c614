/** A neutral BankID-style mark (not BankID's trademark artwork): decorative. */
export function BankIdLogo() {
  return (
    <svg className="vk-bankid-logo" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
      <rect width="36" height="36" rx="8" fill="#193e4f" />
      <path d="M10 11h9.5a4.5 4.5 0 0 1 2.2 8.4A4.8 4.8 0 0 1 19.8 28H10zm4 3.6v3.8h5a1.9 1.9 0 0 0 0-3.8zm0 7.2v2.6h5.6a1.3 1.3 0 0 0 0-2.6z" fill="#fff" />
    </svg>
  );
}
