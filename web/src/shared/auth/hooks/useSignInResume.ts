import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * `?signin=resume` means the BankID app (or our simulator) sent the person back here after the
 * same-device flow: collect at once, then take the parameter out of the address.
 */
export function useSignInResume(): boolean {
  const location = useLocation();
  const navigate = useNavigate();
  const [resume] = useState(() => new URLSearchParams(location.search).get('signin') === 'resume');

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (params.get('signin') !== 'resume') return;
    params.delete('signin');
    const search = params.toString();
    void navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { replace: true, state: location.state });
  }, [location, navigate]);

  return resume;
}
