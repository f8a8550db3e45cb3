-- W6: a conditional GET that the server answers 304 Not Modified: the same article with If-None-Match set to
-- its current ETag, which run.sh fetched with curl beforehand.
--   wrk ... -s w6.lua http://host:port -- <path> <etag>
-- Every answer but 304 counts as an error (a 200 means the server ignored If-None-Match).
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

unexpected = 0
not_modified = 0
local path, etag

setup = bench.setup

function init(args)
    path = args[1] or error("pass the path and its ETag: -- <path> <etag>")
    etag = args[2] or error("pass the path and its ETag: -- <path> <etag>")
    wrk.headers["If-None-Match"] = etag
end

function request()
    return wrk.format("GET", path)
end

function response(status, headers, body)
    if status == 304 then
        not_modified = not_modified + 1
    else
        bench.unexpected(status)
    end
end

function done(summary, latency, requests)
    bench.report("W6", summary, latency, bench.sum("unexpected"), { not_modified = bench.sum("not_modified"), unexpected_statuses = bench.sum_by_status() })
end
