/**
 * CRC-32 (IEEE 802.3, the zip format's checksum) of some bytes: what a zip entry
 * says its unpacked bytes sum to. It finds every flipped bit and every burst of
 * up to 32 changed bits, which is what damage in transit or on a disk does.
 */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const TABLE = Uint32Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value;
});
