-- Shared by the wrk workloads (loaded with dofile from each script's own directory).
--
-- Every workload reports in done() one line, "BENCH {json}", that run.sh reads: requests, req/s, latency
-- percentiles and errors. Errors are counted, never assumed away: socket errors (connect, read, write, timeout)
-- plus either wrk's own count of statuses >= 400 or, for workloads that look at each status (W6, W7), every
-- answer other than the expected ones.

local M = {}

local threads = {}

-- setup() runs in the main Lua state, once per thread: number the threads and keep them for done().
function M.setup(thread)
    table.insert(threads, thread)
    thread:set("thread_id", #threads)
end

-- A random published article: bench-article-000001 .. bench-article-<n> (see generate.sql).
function M.article_slug(n)
    return string.format("bench-article-%06d", math.random(1, n))
end

-- Each thread draws its own reproducible sequence.
function M.seed(thread_id)
    math.randomseed(7919 * (thread_id or 1))
end

-- The sum of a per-thread global over every thread (read in done(), in the main state).
function M.sum(name)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + (tonumber(thread:get(name)) or 0)
    end
    return total
end

-- Counts an unexpected answer by status, in the thread's global `unexpected_by_status` (read by sum_by_status).
function M.unexpected(status)
    unexpected = (unexpected or 0) + 1
    unexpected_by_status = unexpected_by_status or {}
    local key = tostring(status)
    unexpected_by_status[key] = (unexpected_by_status[key] or 0) + 1
end

-- "409:12 500:3": the unexpected answers of every thread, by status.
function M.sum_by_status()
    local totals = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("unexpected_by_status") or {}) do
            totals[status] = (totals[status] or 0) + count
        end
    end
    local parts = {}
    for status, count in pairs(totals) do
        table.insert(parts, status .. ":" .. count)
    end
    table.sort(parts)
    return table.concat(parts, " ")
end

local function json_string(s)
    return '"' .. tostring(s):gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

-- Prints the BENCH line. unexpected: answers the script itself counted as wrong (nil: use wrk's count of
-- statuses >= 400); extra: more fields, e.g. { posts = 123 }.
function M.report(workload, summary, latency, unexpected, extra)
    local e = summary.errors
    local socket = e.connect + e.read + e.write + e.timeout
    local status = unexpected or e.status
    local seconds = summary.duration / 1e6
    local fields = {
        string.format('"workload":%s', json_string(workload)),
        string.format('"requests":%d', summary.requests),
        string.format('"duration_s":%.3f', seconds),
        string.format('"rps":%.1f', seconds > 0 and summary.requests / seconds or 0),
        string.format('"p50_ms":%.3f', latency:percentile(50) / 1000),
        string.format('"p90_ms":%.3f', latency:percentile(90) / 1000),
        string.format('"p99_ms":%.3f', latency:percentile(99) / 1000),
        string.format('"max_ms":%.3f', latency.max / 1000),
        string.format('"socket_errors":%d', socket),
        string.format('"status_errors":%d', status),
        string.format('"errors":%d', socket + status),
    }
    for key, value in pairs(extra or {}) do
        table.insert(fields, string.format('%s:%s', json_string(key),
            type(value) == "number" and tostring(value) or json_string(value)))
    end
    io.write("BENCH {" .. table.concat(fields, ",") .. "}\n")
end

return M
