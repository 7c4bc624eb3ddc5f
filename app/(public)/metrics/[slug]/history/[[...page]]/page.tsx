import { recordHistoryRoute } from '@/components/record-history';

// Cached like the other public pages; every publish refreshes it.
export const revalidate = 3600;
export const generateStaticParams = () => [];

const route = recordHistoryRoute('METRIC');
export const generateMetadata = route.generateMetadata;
export default route.RecordHistoryPage;
