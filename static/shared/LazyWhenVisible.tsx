/** Renders `children` (typically a React.lazy component) once the placeholder scrolls near the viewport. */
import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Loading } from './states';

export function LazyWhenVisible({ label, children }: { label: string; children: ReactNode }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = placeholder.current;
    if (!element || typeof IntersectionObserver === 'undefined') return setVisible(true);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    }, { rootMargin: '400px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  if (!visible) return <div ref={placeholder} style={{ minHeight: 48 }} aria-hidden="true" />;
  return <Suspense fallback={<Loading label={label} />}>{children}</Suspense>;
}
