import { describe, expect, it } from "vitest";
import { searchBoxLabels } from "@/messages/compiled";
import { formatCompiled } from "@/messages/format-compiled";

describe("messages the search box fills in the browser (compiled on the server, ICU in both places)", () => {
  it("fills the query and picks the plural form", () => {
    const en = searchBoxLabels("en");
    expect(formatCompiled(en.seeAll, "en", { query: "oil" })).toBe("All results for “oil”");
    expect(formatCompiled(en.count, "en", { count: 1 })).toBe("1 notice matches. Use the up and down arrows to choose, Enter to open.");
    expect(formatCompiled(en.count, "en", { count: 3 })).toBe("3 notices match. Use the up and down arrows to choose, Enter to open.");
    const zh = searchBoxLabels("zh");
    expect(formatCompiled(zh.seeAll, "zh", { query: "成品油" })).toBe("查看“成品油”的全部结果");
    expect(formatCompiled(zh.count, "zh", { count: 1 })).toBe("1份文件匹配。用上下方向键选择，回车键打开。");
  });

  it("passes plain labels through as strings", () => {
    expect(searchBoxLabels("en").submit).toBe("Search");
  });
});
