import os
from buildbot_worker.bot import Worker
from twisted.application import service
basedir = '/var/lib/buildbot/worker'
buildmaster_host = 'ci.acme-corp.net'
port = 9989
workername = 'linux-worker'
passwd = 'eo2XB2XBWc9gU3#'
keepalive = 600
application = service.Application('buildbot-worker')
