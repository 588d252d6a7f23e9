/**
 * The India CSR datasets as the kit knows them: public GitHub copies of files from the Ministry of
 * Corporate Affairs' National CSR Portal (see `datasets/csr-india.json` and the data directory's
 * `csr-india/SOURCE.md`).
 */
export const csrIndiaSource = {
  id: "csr-india",
  title: "India CSR spending (Companies Act s.135, National CSR Portal)",
  snapshot:
    "public GitHub copies listed in csr-india/SOURCE.md: spfrantz/MCA-CSR-Scraper@dc4b004 (scraped 2019-01-29), spfrantz/sec135-before-after@c9c3f30 (2020-05-08), DaanMatch/Codebook@9e292b3 (2023-12-14), athanikonda/India-CSR-Dashboard@ce65004 (2025-08-04), subhashinitunes0110/ImpactSphere@3e96e83 (66-row excerpt)",
  schemaVersion: "hnl-csr-india-raw-1",
  dir: "csr-india",
} as const;
