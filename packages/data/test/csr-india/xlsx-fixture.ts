import ExcelJS from "exceljs";

/** The bytes of an .xlsx workbook built by `build`, for fixture data directories. */
export async function xlsxFixture(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
