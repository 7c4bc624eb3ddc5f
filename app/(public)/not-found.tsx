import { NotFoundMessage } from '@/components/not-found-message';

// A public page that calls notFound() (an unknown slug) keeps the public layout around this.
export default function PublicNotFound() {
  return <NotFoundMessage />;
}
