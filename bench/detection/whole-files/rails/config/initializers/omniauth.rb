Rails.application.config.middleware.use OmniAuth::Builder do
  provider :github, 'Iv1.25d1bc78579e076a', '53714ba822557b649ee4db3b797fa960498444d0', scope: 'user:email'
  provider :google_oauth2, '587976505307-g9lokbyepl69glo4y840km64an2133hb.apps.googleusercontent.com', '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'
end
