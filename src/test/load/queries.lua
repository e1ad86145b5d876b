-- wrk script: each request is the next catalogue query (bound SPARQL files in $PAPERKG_LOAD_QUERIES),
-- POSTed as application/sparql-query to /kg/sparql. Any status but 200 is counted as an error.
local queries = {}
local next_query = 1
local failures = 0

function init(args)
  local dir = os.getenv("PAPERKG_LOAD_QUERIES")
  local list = io.popen('ls "' .. dir .. '"/*.rq')
  for path in list:lines() do
    local f = assert(io.open(path, "r"))
    queries[#queries + 1] = f:read("*a")
    f:close()
  end
  list:close()
  assert(#queries > 0, "no queries in " .. dir)
  -- threads start at different queries so that every query runs from the first second
  next_query = (tonumber(args[1]) or 0) % #queries + 1
end

function request()
  local body = queries[next_query]
  next_query = next_query % #queries + 1
  return wrk.format("POST", "/kg/sparql", {
    ["Content-Type"] = "application/sparql-query",
    ["Accept"] = "application/sparql-results+json, application/n-triples;q=0.9"
  }, body)
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end
