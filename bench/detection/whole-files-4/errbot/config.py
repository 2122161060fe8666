import logging

BACKEND = 'Slack'
BOT_DATA_DIR = r'/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = r'/srv/errbot/plugins'
BOT_LOG_FILE = r'/srv/errbot/errbot.log'
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'token': 'xoxb-908832316348-2869536779838-v6hh60aCSH7wywE7XmfoHvoU',
    'signing_secret': 'a0da1cd163c4ddf34af1da13bb510f75',
    'app_token': 'xapp-1-A0DAX431KWC-5951850006890-5d4880495fc0882976f7bfe4a6207d977e2f13dc696288ed1a3cd3c1d0a50597',
}
BOT_ADMINS = ('@jane.doe',)
CHATROOM_PRESENCE = ()
BOT_PREFIX = '!'
