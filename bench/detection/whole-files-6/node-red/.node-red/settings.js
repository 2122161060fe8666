module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "5Zd38NpncEDRWZHgfLgOeXK8",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$BBDItlsZOm3/A6fMtJbDs.0UjDM1J6PuQ.YyQ2az1biDm0vlkkne.",
            permissions: "*"
        }]
    },
    functionGlobalContext: {},
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
}
