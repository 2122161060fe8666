options.timeout = 120
options.subscribe = true

account1 = IMAP {
    server = 'imap.mailbox.example',
    username = 'jdoe@acme-corp.net',
    password = 'ovQaI03Y37pD.',
    ssl = 'tls1.2',
}

results = account1.INBOX:contain_subject('[JIRA]')
results:move_messages(account1['Jira'])
