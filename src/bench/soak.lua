-- The soak's traffic, for wrk (one connection per thread, so that each response belongs to the last request):
-- anonymous reads of lists, items, comments and search; reader comments; and an editor's round of writes on an
-- article of its own (create a draft, merge-patch it, publish it, delete it, each with the ETag of the step before).
-- Every response is checked against the one status its request expects; anything else is an error.
--
-- Environment: SOAK_EDITOR_TOKEN (required), SOAK_RESULT (where done() writes a JSON summary),
-- SOAK_DELAY_MS (pause before each request on a connection, default 5).

local token = os.getenv("SOAK_EDITOR_TOKEN")
local delay_ms = tonumber(os.getenv("SOAK_DELAY_MS") or "5")

local ARTICLE = "amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut"
local COMMENTED = "journey-to-bethlehem-affirms-nativity-musical"
local WORDS = { "astronaut", "jose hernandez", "million miles", "pelicula", "nasa", "marquez abela", "hernan",
  "farm workers", "\"a million miles away\"", "space -film", "amazon or prime", "michael pena" }

local threads = {}
local counter = 1

function setup(thread)
  thread:set("number", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- Each read as {kind, path}; the kind names the route, for the tallies.
local function reads()
  local size = math.random(1, 100)
  local word = encode(WORDS[math.random(#WORDS)])
  return {
    { "articles", "/api/v1/articles" },
    { "articles", "/api/v1/articles?size=" .. size },
    { "articles", "/api/v1/articles?size=5&include=author,films" },
    { "articles", "/api/v1/articles?q=" .. word },
    { "article", "/api/v1/articles/" .. ARTICLE },
    { "article", "/api/v1/articles/" .. ARTICLE .. "?include=author,people,films" },
    { "comments", "/api/v1/articles/" .. COMMENTED .. "/comments" },
    { "people", "/api/v1/people?size=" .. size },
    { "person", "/api/v1/people/jose-hernandez" },
    { "person films", "/api/v1/people/jose-hernandez/films" },
    { "person articles", "/api/v1/people/kate-ohare/articles" },
    { "films", "/api/v1/films" },
    { "film", "/api/v1/films/a-million-miles-away?include=credits.person" },
    { "search", "/api/v1/search?q=" .. word },
    { "search", "/api/v1/search?q=" .. word .. "&size=" .. size },
  }
end

-- per thread
local pending        -- the kind of the request in flight
local expected       -- the status it must get
local step = "create" -- the editor's next write
local slug, etag
local sent = 0
counts = {}     -- kind -> number of responses (globals, which done() reads through thread:get)
unexpected = {} -- "kind status" -> number

function init(args)
  math.randomseed(os.time() * 100 + number)
end

function delay()
  return delay_ms
end

local function json_headers(extra)
  local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  for k, v in pairs(extra or {}) do headers[k] = v end
  return headers
end

local function editor_request()
  local auth = "Bearer " .. token
  if step == "create" then
    sent = sent + 1
    slug = string.format("soak-%d-%d-%d", number, os.time(), sent)
    pending, expected = "article create", 201
    return wrk.format("POST", "/api/v1/articles", json_headers({ Authorization = auth }),
      '{"slug":"' .. slug .. '","title":"Soak ' .. slug .. '","language":"en","author":"kate-ohare",'
      .. '"films":["a-million-miles-away"],"tags":["soak"],"body":"A body of some length. ' .. string.rep("Words. ", 50) .. '"}')
  elseif step == "patch" then
    pending, expected = "article patch", 200
    return wrk.format("PATCH", "/api/v1/articles/" .. slug,
      { Authorization = auth, ["If-Match"] = etag, ["Content-Type"] = "application/merge-patch+json" },
      '{"dek":"Patched at ' .. os.time() .. '"}')
  elseif step == "publish" then
    pending, expected = "article publish", 200
    return wrk.format("POST", "/api/v1/articles/" .. slug .. "/publish", { Authorization = auth, ["If-Match"] = etag })
  else
    pending, expected = "article delete", 204
    return wrk.format("DELETE", "/api/v1/articles/" .. slug, { Authorization = auth, ["If-Match"] = etag })
  end
end

function request()
  local r = math.random()
  if r < 0.06 then
    return editor_request()
  elseif r < 0.12 then
    sent = sent + 1
    pending, expected = "comment post", 201
    return wrk.format("POST", "/api/v1/articles/" .. COMMENTED .. "/comments", json_headers(),
      '{"authorName":"Soak reader ' .. number .. '","body":"Comment ' .. sent .. ' from connection ' .. number
      .. ' at ' .. os.time() .. ': what a story."}')
  end
  local all = reads()
  local read = all[math.random(#all)]
  pending, expected = "read " .. read[1], 200
  return wrk.format("GET", read[2], { Accept = "application/json" })
end

local NEXT = { create = "patch", patch = "publish", publish = "delete", delete = "create" }

function response(status, headers, body)
  counts[pending] = (counts[pending] or 0) + 1
  if status ~= expected then
    local key = pending .. " " .. status
    unexpected[key] = (unexpected[key] or 0) + 1
    if pending:sub(1, 7) == "article" then
      step = "create"
    end
    return
  end
  if pending:sub(1, 7) == "article" then
    for name, value in pairs(headers) do
      if name:lower() == "etag" then etag = value end
    end
    step = NEXT[step]
  end
end

function done(summary, latency, requests)
  local kinds, bad = {}, {}
  for _, thread in ipairs(threads) do
    for kind, n in pairs(thread:get("counts")) do kinds[kind] = (kinds[kind] or 0) + n end
    for key, n in pairs(thread:get("unexpected")) do bad[key] = (bad[key] or 0) + n end
  end
  local function object(t)
    local parts = {}
    for k, v in pairs(t) do table.insert(parts, string.format("%q:%d", k, v)) end
    table.sort(parts)
    return "{" .. table.concat(parts, ",") .. "}"
  end
  local e = summary.errors
  local result = string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},'
    .. '"status_errors":%d,"latency_ms":{"p50":%.2f,"p90":%.2f,"p99":%.2f,"max":%.2f},"by_kind":%s,"unexpected":%s}',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    object(kinds), object(bad))
  print(result)
  local path = os.getenv("SOAK_RESULT")
  if path then
    local file = assert(io.open(path, "w"))
    file:write(result, "\n")
    file:close()
  end
end
