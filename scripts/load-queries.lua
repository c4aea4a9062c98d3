-- wrk script: each request takes the next of a fixed set of reviewer requests (searches with and
-- without filters, Traditional script, a document view, the element view).
local paths = {
  "/?q=%E7%87%83%E6%B0%94%E5%9F%B9%E8%AE%AD",                           -- 燃气培训
  "/?q=%E6%87%89%E6%80%A5%E6%BC%94%E7%B7%B4&year=2024",                 -- 應急演練, 2024
  "/?q=%E4%BA%A4%E9%80%9A%E5%AE%89%E5%85%A8+-%E6%96%B9%E6%A1%88",       -- 交通安全 -方案
  "/?q=%22%E7%87%83%E6%B0%94%E6%B3%84%E6%BC%8F%22",                     -- "燃气泄漏"
  "/?kind=signin",
  "/?element=9",
  "/?q=%E7%BB%8F%E9%AA%8C%E4%BA%A4%E6%B5%81",                           -- 经验交流
  "/doc?c=%E9%BE%99%E5%87%A4%E5%9B%AD%E7%A4%BE%E5%8C%BA&p=07%E5%BA%94%E6%80%A5%E9%A2%84%E6%A1%88%E4%B8%8E%E6%BC%94%E7%BB%83%2F%E7%87%83%E6%B0%94%E6%B3%84%E6%BC%8F%E4%BA%8B%E6%95%85%E4%B8%93%E9%A1%B9%E5%BA%94%E6%80%A5%E9%A2%84%E6%A1%88.txt",
  "/elements",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
