CarrierWave.configure do |config|
  config.fog_provider = 'fog/aws'
  config.fog_credentials = {
    provider:              'AWS',
    aws_access_key_id:     'AKIA2CVMBNHDX4NG7CJU',
    aws_secret_access_key: '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',
    region:                'eu-west-1'
  }
  config.fog_directory  = 'acme-uploads'
end
