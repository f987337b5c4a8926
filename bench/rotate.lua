-- wrk script: rotates through the searches of one query class from bench/queries.tsv, or through
-- a list of paths, and prints p50, p95 and p99 latency and requests per second.
-- Usage: wrk ... -s bench/rotate.lua http://127.0.0.1:PORT -- queries <queries.tsv> <class> <endpoint> [fresh]
--        wrk ... -s bench/rotate.lua http://127.0.0.1:PORT -- file <file of paths, one a line> [fresh]
--        wrk ... -s bench/rotate.lua http://127.0.0.1:PORT -- paths <path> [<path> ...]
-- "fresh" adds a parameter no page reads, which makes every URL new; the site's output cache neither
-- answers nor keeps such a URL (ImmutablePages), so the figures are those of the work itself.
local paths = {}
local i = 0
local fresh = false
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  if args[1] == "queries" then
    for line in io.lines(args[2]) do
      local cells = {}
      for cell in (line .. "\t"):gmatch("([^\t]*)\t") do cells[#cells + 1] = cell end
      if cells[1] == args[3] then
        local path = args[4] .. "?q=" .. encode(cells[2])
        if (cells[3] or "") ~= "" then path = path .. "&from=" .. cells[3] end
        if (cells[4] or "") ~= "" then path = path .. "&to=" .. cells[4] end
        if (cells[5] or "") ~= "" then path = path .. "&venue=" .. encode(cells[5]) end
        paths[#paths + 1] = path
      end
    end
    fresh = args[5] == "fresh"
  elseif args[1] == "file" then
    for line in io.lines(args[2]) do
      if line ~= "" then paths[#paths + 1] = line end
    end
    fresh = args[3] == "fresh"
  else
    for k = 2, #args do paths[#paths + 1] = args[k] end
  end
  if #paths == 0 then error("no paths") end
end

local sent = 0
function request()
  i = i % #paths + 1
  if not fresh then return wrk.format("GET", paths[i]) end
  sent = sent + 1
  local sep = paths[i]:find("?", 1, true) and "&" or "?"
  return wrk.format("GET", paths[i] .. sep .. "fresh=" .. (id or 0) .. "-" .. sent)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests/s=%.0f p50=%.2f p95=%.2f p99=%.2f max=%.2f requests=%d errors=%d bytes=%.0f\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, errors, summary.bytes / math.max(summary.requests, 1)))
end
