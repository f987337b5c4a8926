-- wrk script for bench/overload.sh: heavy searches (common words) that the output cache cannot answer
-- (every URL carries a new parameter no page reads), half as pages and half through the API, each from
-- one of 4,096 client addresses given in X-Forwarded-For (the site trusts 127.0.0.1 as its proxy), and
-- a count of the answers by status.
-- Usage: wrk ... -s bench/overload.lua http://127.0.0.1:PORT
local words = { "government", "people", "country", "national", "president", "the united states",
                "of the people", "in the world", "we have to", "it is important", "russia", "cooperation" }
local threads = {}
local counter = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  s2xx, s429, s5xx, sother = 0, 0, 0, 0
end

function request()
  counter = counter + 1
  local word = words[counter % #words + 1]
  local path = (counter % 2 == 0) and "/search" or "/api/search"
  local client = string.format("10.0.%d.%d", math.random(0, 15), math.random(1, 254))
  return wrk.format("GET", path .. "?q=" .. encode(word) .. "&fresh=" .. id .. "-" .. counter, { ["X-Forwarded-For"] = client })
end

function response(status, headers, body)
  if status >= 200 and status < 300 then s2xx = s2xx + 1
  elseif status == 429 then s429 = s429 + 1
  elseif status >= 500 then s5xx = s5xx + 1
  else sother = sother + 1 end
end

function done(summary, latency, requests)
  local t = { s2xx = 0, s429 = 0, s5xx = 0, sother = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + thread:get(k) end
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("LOAD requests=%d requests/s=%.0f 2xx=%d 429=%d 5xx=%d other=%d socket-errors=%d p50=%.2f p99=%.2f max=%.2f\n",
    summary.requests, summary.requests / seconds, t.s2xx, t.s429, t.s5xx, t.sother,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
