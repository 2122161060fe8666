# Configuration file for jupyter-server.
c = get_config()  #noqa
c.ServerApp.ip = '0.0.0.0'
c.ServerApp.open_browser = False
c.ServerApp.port = 8888
c.PasswordIdentityProvider.hashed_password = 'sha1:57d91cd709e3:b5d36bdf3b2744da9f7814d3aac3ec78f446167f'
c.IdentityProvider.token = 'b6089831581d6aef6168c1e8cc932b2bd6891df448f85c59'
