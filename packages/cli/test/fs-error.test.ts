import { describe, expect, it } from "vitest";
import { CliError } from "../src/cli-error.js";
import { fsError } from "../src/fs-error.js";

const errno = (code: string, path: string, syscall = "open") =>
  Object.assign(new Error(`${code}: something, ${syscall} '${path}'`), { code, path, syscall, errno: -1 });

describe("fsError", () => {
  it.each([
    ["ENOENT", "/tmp/in.json", "/tmp/in.json does not exist (ENOENT)."],
    ["EEXIST", "/tmp/out", "/tmp/out already exists (EEXIST)."],
    ["ENOTDIR", "/tmp/file/out", "/tmp/file/out cannot be made: part of the path is a file, not a folder (ENOTDIR)."],
    ["EISDIR", "/tmp/dir", "/tmp/dir is a folder, where a file was expected (EISDIR)."],
    ["EACCES", "/root/x", "No permission to use /root/x (EACCES)."],
    ["EPERM", "/root/x", "No permission to use /root/x (EPERM)."],
    ["EROFS", "/mnt/ro/x", "/mnt/ro/x is on a read-only file system (EROFS)."],
    ["ENAMETOOLONG", "/tmp/aaa", "/tmp/aaa is too long a name for the file system (ENAMETOOLONG)."],
    ["ENOSPC", "/tmp/x", "The disk holding /tmp/x is full (ENOSPC)."],
  ])("names the path and the cause of %s with a hint", (code, path, text) => {
    const e = fsError(errno(code, path));
    expect(e).toBeInstanceOf(CliError);
    expect(e?.message).toBe(text);
    expect(e?.hint).not.toBe("");
    expect(e?.hint).not.toContain("bug in the kit");
  });

  it("leaves anything that is not a file-system error alone", () => {
    expect(fsError(new Error("boom"))).toBeUndefined();
    expect(fsError(Object.assign(new Error("x"), { code: "ERR_PARSE_ARGS_UNKNOWN_OPTION" }))).toBeUndefined();
  });
});
