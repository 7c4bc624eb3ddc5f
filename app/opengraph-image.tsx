import { ShareImage } from '@/components/share-image';
import { SHARE_IMAGE_SIZE, shareImageResponse } from '@/lib/share/share-image';

// The site's share image, for every page without one of its own (metric and topic pages have).
export const alt = '江北数据：有据可查的江北区公开数据';
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export default function Image() {
  return shareImageResponse(
    <ShareImage
      kicker="重庆市江北区"
      title="江北数据"
      subtitle="经济、开放、生态与合作数据，每一个数字都链接到原始文件中的出处"
      figures={[]}
    />,
  );
}
