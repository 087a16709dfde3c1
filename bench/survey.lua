-- wrk script for bench/survey.sh: POST /api/touchpoints/{token}/responses with a fresh random submission id
-- (a version-4 UUID) per request, spread over the tokens in BENCH_TOKENS (space-separated).
-- done() prints one machine-readable line: "BENCH sent=.. requests=.. non2xx=.. socket_errors=.. p50_ms=.. p99_ms=..":
-- sent counts requests written, requests those answered before the deadline (wrk abandons the rest, at most
-- one per connection, which the server still completes).

local tokens = {}
for token in string.gmatch(os.getenv("BENCH_TOKENS") or "", "%S+") do tokens[#tokens + 1] = token end
if #tokens == 0 then error("BENCH_TOKENS is empty") end

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
  threads[#threads + 1] = thread
end

local hex = "0123456789abcdef"
local next_token = 0
non2xx = 0
sent = 0

function init(args)
  math.randomseed(os.time() * 1000 + (thread_id or 0) * 7919 + math.floor(os.clock() * 1000000))
  next_token = thread_id or 0
end

local function uuid4()
  local out = {}
  for i = 1, 36 do
    if i == 9 or i == 14 or i == 19 or i == 24 then
      out[i] = "-"
    elseif i == 15 then
      out[i] = "4"
    elseif i == 20 then
      local r = math.random(8, 11)
      out[i] = hex:sub(r + 1, r + 1)
    else
      local r = math.random(0, 15)
      out[i] = hex:sub(r + 1, r + 1)
    end
  end
  return table.concat(out)
end

local headers = { ["Content-Type"] = "application/json" }

function request()
  sent = sent + 1
  next_token = next_token % #tokens + 1
  local path = "/api/touchpoints/" .. tokens[next_token] .. "/responses"
  local body = '{"submissionId":"' .. uuid4() .. '","quickRating":"satisfied"}'
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if non2xx <= 3 then io.stderr:write("non-2xx response " .. status .. ": " .. tostring(body):sub(1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local bad, made = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non2xx") or 0)
    made = made + (thread:get("sent") or 0)
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format("BENCH sent=%d requests=%d non2xx=%d socket_errors=%d duration_us=%d p50_ms=%.2f p99_ms=%.2f\n",
    made, summary.requests, bad, socket_errors, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
